import { within } from '@testing-library/react'

/** Every row of a table, header row first, as the text of its cells. */
export const tableTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.children].map((cell) => cell.textContent))
