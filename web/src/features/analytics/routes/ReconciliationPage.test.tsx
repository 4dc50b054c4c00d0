import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { analyticsRoutes, reconciliation } from '@/test/analytics'
import { mockApi, queriesTo, signedInRoutes } from '@/test/api'
import { renderAppAt } from '@/test/render'
import { tableTexts } from '@/test/table'

describe('ReconciliationPage', () => {
  it('shows billed against attributed spend, the gap and the coverage, by day and by day and model', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    renderAppAt('/usage/reconciliation?provider=openai')

    const totals = await screen.findByRole('region', { name: 'Billed against attributed' })
    expect(within(totals).getByRole('definition', { name: 'Billed by providers' })).toHaveTextContent('$12.00')
    expect(within(totals).getByRole('definition', { name: 'Attributed to calls' })).toHaveTextContent('$9.00')
    expect(within(totals).getByRole('definition', { name: 'Gap' })).toHaveTextContent('$3.00')
    expect(within(totals).getByRole('definition', { name: 'Coverage' })).toHaveTextContent('75%')
    expect(tableTexts(screen.getByRole('table', { name: 'Reconciliation by day' }))).toEqual([
      ['Day', 'Billed', 'Attributed', 'Gap', 'Coverage'],
      ['Nov 1', '$10.00', '$8.00', '$2.00', '80%'],
      ['Nov 2', '$2.00', '$1.00', '$1.00', '50%'],
    ])
    expect(tableTexts(screen.getByRole('table', { name: 'Reconciliation by day and model' }))).toEqual([
      ['Day', 'Provider', 'Model', 'Billed', 'Attributed', 'Gap', 'Coverage'],
      ['Nov 1', 'openai', 'gpt-4.1', '$10.00', '$7.50', '$2.50', '75%'],
      ['Nov 1', 'openai', 'gpt-4o-mini', '$0.00', '$0.50', '-$0.50', '—'],
      ['Nov 2', 'anthropic', 'claude-sonnet-4', '$2.00', '$1.00', '$1.00', '50%'],
    ])
    expect(Object.fromEntries(queriesTo(fetch, 'GET /v1/usage/reconciliation')[0])).toEqual({
      range: '30d',
      provider: 'openai',
      dataMode: 'real',
    })
  })

  it('says when nothing was billed or attributed in the range', async () => {
    const nothing = { ...reconciliation, billedUsd: 0, attributedUsd: 0, gapUsd: 0, coverage: null, days: [], rows: [] }
    mockApi(signedInRoutes(analyticsRoutes({ 'GET /v1/usage/reconciliation': nothing })))
    renderAppAt('/usage/reconciliation')

    expect(await screen.findByText('No billed or attributed spend in this range.')).toBeVisible()
  })
})
