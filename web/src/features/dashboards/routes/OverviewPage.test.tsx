import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockApi, requestsTo, signedInRoutes } from '@/test/api'
import { problem } from '@/test/fetch'
import { me } from '@/test/fixtures'
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

  it('loads demo data from the header, says so and links to the demo requests', async () => {
    const fetch = mockApi(
      signedInRoutes({
        'POST /v1/ingest/demo': { inserted: 240, from: '2026-10-25T00:00:00Z', to: '2026-11-24T00:00:00Z' },
      }),
    )
    const router = renderAppAt('/')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Try demo data' }))

    expect(await screen.findByRole('status')).toHaveTextContent(/^Loaded 240 demo requests dated .* to .*\./)
    expect(requestsTo(fetch, 'POST /v1/ingest/demo')).toHaveLength(1)
    screen.getAllByRole('article').forEach((card) => expect(card).toHaveTextContent('No data yet'))
    await user.click(screen.getByRole('link', { name: 'see the requests' }))
    expect(router.state.location.pathname).toBe('/requests')
    expect(router.state.location.search).toBe('?dataMode=demo')
  })

  it('offers no demo data to a member, who may not load it', async () => {
    mockApi(signedInRoutes({ 'GET /v1/me': me('member') }))
    renderAppAt('/')

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Try demo data' })).toBeNull()
  })
})
