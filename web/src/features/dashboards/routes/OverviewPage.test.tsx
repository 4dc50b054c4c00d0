import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockApi, signedInRoutes } from '@/test/api'
import { problem } from '@/test/fetch'
import { renderAppAt } from '@/test/render'

describe('OverviewPage', () => {
  it('shows the default dashboard widgets as titled cards without data yet', async () => {
    mockApi(signedInRoutes())
    renderAppAt('/')

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
    const cards = screen.getAllByRole('article')
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Spend over time',
      'Budget',
      'Token consumption',
      'Cost per model',
    ])
    cards.forEach((card) => expect(card).toHaveTextContent('No data yet'))
    expect(screen.getByRole('article', { name: 'Spend over time' })).toHaveStyle({ gridColumn: '1 / span 8' })
  })

  it('says when the dashboard cannot be loaded', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/dashboards': problem(403, { title: 'Forbidden.', detail: 'Your role does not allow this action.' }),
      }),
    )
    renderAppAt('/')

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the dashboard: Your role does not allow this action.',
    )
  })
})
