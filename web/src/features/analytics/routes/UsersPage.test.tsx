import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { analyticsRoutes, blendedNote, noted, topUsers, userPivotByTeam } from '@/test/analytics'
import { mockApi, queriesTo, signedInRoutes } from '@/test/api'
import { renderAppAt } from '@/test/render'

describe('UsersPage', () => {
  it('lists the top users by cost and by requests, naming unattributed calls Unknown user', async () => {
    mockApi(signedInRoutes(analyticsRoutes()))
    renderAppAt('/usage/users')

    const byCost = await screen.findByRole('table', { name: 'Top users by cost' })
    expect(within(byCost).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['grace', 'Unknown user'])
    const byRequests = screen.getByRole('table', { name: 'Top users by requests' })
    expect(within(byRequests).getByRole('row', { name: /Unknown user/ })).toHaveTextContent('Unknown user$1.00505,000500')
  })

  it('shows the active users and the average cost and requests per user of the range', async () => {
    mockApi(signedInRoutes(analyticsRoutes()))
    renderAppAt('/usage/users')

    const averages = await screen.findByRole('region', { name: 'User averages' })
    expect(within(averages).getByRole('definition', { name: 'Active users' })).toHaveTextContent('2')
    expect(within(averages).getByRole('definition', { name: 'Avg cost per user' })).toHaveTextContent('$3.00')
    expect(within(averages).getByRole('definition', { name: 'Avg requests per user' })).toHaveTextContent('30')
  })

  it('shows per-day active users with a dash where nobody was active', async () => {
    mockApi(signedInRoutes(analyticsRoutes()))
    renderAppAt('/usage/users')

    const table = await screen.findByRole('table', { name: 'Per-user timelines' })
    const [, first, second] = within(table).getAllByRole('row')
    expect(first).toHaveTextContent('Nov 12$3.0030.0')
    expect(second).toHaveTextContent('Nov 20——')
  })

  it('pivots spend and requests by user and team, with the No team column, kept in the URL', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    const router = renderAppAt('/usage/users?range=7d')
    const user = userEvent.setup()

    await user.selectOptions(await screen.findByLabelText('Pivot by'), 'Team')

    expect(router.state.location.search).toBe('?range=7d&pivotBy=team')
    const table = await screen.findByRole('table', { name: 'Spend and requests by user and team' })
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'User',
      'Total',
      'search',
      'No team',
    ])
    expect(within(table).getByRole('row', { name: /grace/ })).toHaveTextContent('grace$5.0010 req.$4.008 req.$1.002 req.')
    expect(Object.fromEntries(queriesTo(fetch, 'GET /v1/dashboard/user-pivot').at(-1)!)).toEqual({
      range: '7d',
      dataMode: 'real',
      by: 'team',
    })
  })

  it('sums the users past the limit in a last row, per column', async () => {
    const rest = { users: 250, spendUsd: 2.5, requests: 40, cells: [{ column: '', spendUsd: 2.5, requests: 40 }] }
    mockApi(signedInRoutes(analyticsRoutes({ 'GET /v1/dashboard/user-pivot': { ...userPivotByTeam, totalUsers: 251, rest } })))
    renderAppAt('/usage/users?pivotBy=team')

    const table = await screen.findByRole('table', { name: 'Spend and requests by user and team' })
    expect(within(table).getAllByRole('row').at(-1)).toHaveTextContent('Other 250 users$2.5040 req.$0.000 req.$2.5040 req.')
    expect(screen.getByText('The 1 highest-spending of 251 users are listed; the other 250 are summed at the bottom.')).toBeVisible()
  })

  it('switches to the explorer keeping the filters', async () => {
    mockApi(signedInRoutes(analyticsRoutes()))
    const router = renderAppAt('/usage/users?range=7d&team=search')
    const user = userEvent.setup()

    await user.click(within(await screen.findByRole('navigation', { name: 'Usage views' })).getByRole('link', { name: 'Explorer' }))

    expect(router.state.location.pathname).toBe('/usage')
    expect(router.state.location.search).toBe('?range=7d&team=search')
    expect(await screen.findByRole('heading', { level: 1, name: 'Usage' })).toBeVisible()
  })

  it('names the Unattributed bucket, and says the figures are the attributed slice', async () => {
    const unattributed = { userId: '(unattributed)', spendUsd: 2, requests: 0, inputTokens: 0, outputTokens: 0 }
    const note = { ...blendedNote, attributedOnly: true }
    mockApi(
      signedInRoutes(analyticsRoutes({ 'GET /v1/dashboard/top-users': noted({ ...topUsers, byCost: [...topUsers.byCost, unattributed] }, note) })),
    )
    renderAppAt('/usage/users?team=search')

    const byCost = await screen.findByRole('table', { name: 'Top users by cost' })
    expect(within(byCost).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['grace', 'Unknown user', 'Unattributed'])
    expect(screen.getByText('Attributed telemetry only (filtered by team)')).toBeVisible()
  })

  it('asks for no per-user figures from provider billing, which has no users', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    renderAppAt('/usage/users?source=billed')

    expect(await screen.findByText('Provider billing carries no users: choose All sources or Telemetry as the source.')).toBeVisible()
    expect(queriesTo(fetch, 'GET /v1/dashboard/top-users')).toHaveLength(0)
  })
})
