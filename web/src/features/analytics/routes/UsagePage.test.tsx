import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { analyticsRoutes, explorerByTeam, explorerQueries, explorerRow, noted } from '@/test/analytics'
import { mockApi, queriesTo, requestsTo, signedInRoutes } from '@/test/api'
import { authHeader } from '@/test/fetch'
import { renderAppAt } from '@/test/render'

const cellsOf = (row: HTMLElement) => [
  within(row).getByRole('rowheader').textContent,
  ...within(row).getAllByRole('cell').map((cell) => cell.textContent),
]

describe('UsagePage', () => {
  it('groups usage by team with the No team bucket, cost, requests and tokens side by side', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    renderAppAt('/usage?groupBy=team&dataMode=all')

    const table = await screen.findByRole('table', { name: 'Usage by team' })
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Team',
      'Cost',
      'Share',
      'Requests',
      'Errors',
      'Input tokens',
      'Output tokens',
      'Total tokens',
      'Actions',
    ])
    const [, search, noTeam] = within(table).getAllByRole('row')
    expect(cellsOf(search)).toEqual(['search', '$6.00', '60%', '60', '1', '6,000', '600', '6,600', 'Requests'])
    expect(cellsOf(noTeam)).toEqual(['No team', '$4.00', '40%', '40', '1', '4,000', '400', '4,400', ''])
    const requestsLink = new URL(within(search).getByRole('link', { name: 'Requests of search' }).getAttribute('href')!, 'http://x')
    expect(requestsLink.pathname).toBe('/requests')
    expect(Object.fromEntries(requestsLink.searchParams)).toEqual({
      range: 'custom',
      from: '2026-11-01T00:00:00Z',
      to: '2026-12-01T00:00:00Z',
      dataMode: 'all',
      team: 'search',
    })
    const summary = screen.getByRole('definition', { name: 'Cost' })
    expect(summary).toHaveTextContent('$10.00')
    expect(screen.getByRole('definition', { name: 'Requests' })).toHaveTextContent('100')
    expect(screen.getByRole('definition', { name: 'Tokens' })).toHaveTextContent('11,000')
    expect(screen.getByRole('img', { name: 'Cost of the top 2 groups' })).toBeInTheDocument()
    expect(screen.getByText('Nov 1 to Nov 30 (UTC), in whole days: per-user figures are kept by day.')).toBeVisible()
    expect(Object.fromEntries(explorerQueries(fetch)[0])).toEqual({
      range: '30d',
      dataMode: 'all',
      groupBy: 'team',
      sort: 'cost',
      order: 'desc',
    })
  })

  it('switches to provider billing: asks for source=billed, groups by provider or model only, offers no export', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    const router = renderAppAt('/usage?groupBy=team&team=search&environment=staging')
    const user = userEvent.setup()

    await user.selectOptions(await screen.findByLabelText('Source'), 'Provider billing')

    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ groupBy: 'team', source: 'billed' })
    await waitFor(() =>
      expect(Object.fromEntries(explorerQueries(fetch).at(-1)!)).toEqual({
        range: '30d',
        dataMode: 'real',
        source: 'billed',
        groupBy: 'provider',
        sort: 'cost',
        order: 'desc',
      }),
    )
    expect(within(screen.getByLabelText('Group by')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Provider', 'Model'])
    expect(screen.getByLabelText('Team')).toBeDisabled()
    expect(screen.getByLabelText('Environment')).toBeDisabled()
    expect(screen.queryByRole('button', { name: /CSV/ })).not.toBeInTheDocument()
  })

  it('keeps group-by, then-by and sort in the URL and asks the API for them', async () => {
    const rows = [{ ...explorerByTeam.rows[1], subKey: 'gpt-4.1', subLabel: 'gpt-4.1' }]
    const fetch = mockApi(signedInRoutes(analyticsRoutes({ 'GET /v1/usage/explorer': { ...explorerByTeam, rows } })))
    const router = renderAppAt('/usage')
    const user = userEvent.setup()

    await user.selectOptions(await screen.findByLabelText('Group by'), 'Team')
    await user.selectOptions(screen.getByLabelText('Then by'), 'Model')
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Tokens')
    await user.selectOptions(screen.getByLabelText('Order'), 'Lowest first')

    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      groupBy: 'team',
      thenBy: 'model',
      sort: 'tokens',
      order: 'asc',
    })
    await waitFor(() =>
      expect(Object.fromEntries(explorerQueries(fetch).at(-1)!)).toMatchObject({
        groupBy: 'team',
        thenBy: 'model',
        sort: 'tokens',
        order: 'asc',
      }),
    )
    const table = await screen.findByRole('table', { name: 'Usage by team and model' })
    expect(within(table).getByRole('row', { name: /No team/ })).toHaveTextContent('gpt-4.1')
  })

  it('sums the rows past the limit in a last row and says how many are listed', async () => {
    const rest = { ...explorerRow('', '', 1.5, 25), rows: 3498, share: 0.15 }
    const explorer = { ...explorerByTeam, totalRows: 3500, rest }
    mockApi(signedInRoutes(analyticsRoutes({ 'GET /v1/usage/explorer': explorer })))
    renderAppAt('/usage?groupBy=team')

    const table = await screen.findByRole('table', { name: 'Usage by team' })
    expect(cellsOf(within(table).getAllByRole('row').at(-1)!)).toEqual([
      'Other 3,498 rows',
      '$1.50',
      '15%',
      '25',
      '1',
      '2,500',
      '250',
      '2,750',
      '',
    ])
    expect(screen.getByText('The first 2 of 3,500 rows are listed; the other 3,498 are summed at the bottom.')).toBeVisible()
  })

  it('says when there is no usage in the range', async () => {
    mockApi(signedInRoutes(analyticsRoutes({ 'GET /v1/usage/explorer': { ...explorerByTeam, rows: [] } })))
    renderAppAt('/usage')

    expect(await screen.findByText('No usage in this range.')).toBeVisible()
  })

  it('exports the calls under the current filters and says when retention removed the start', async () => {
    const csv = new Response('id,costUsd\n1,0.5\n', {
      headers: {
        'Content-Type': 'text/csv',
        'Content-Disposition': 'attachment; filename="usage-20261101-20261201.csv"',
        'X-Retention-Truncated': 'true',
        'X-Retention-Available-From-Utc': '2026-11-10T00:00:00Z',
      },
    })
    const fetch = mockApi(signedInRoutes(analyticsRoutes({ 'GET /v1/exports/usage.csv': csv })))
    const createObjectURL = vi.fn(() => 'blob:usage')
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL, revokeObjectURL: vi.fn() }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    renderAppAt('/usage?range=7d&team=search')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Export CSV' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Data before Nov 10, 2026 was removed by retention.')
    expect(Object.fromEntries(queriesTo(fetch, 'GET /v1/exports/usage.csv')[0])).toEqual({
      range: '7d',
      team: 'search',
      dataMode: 'real',
    })
    const [[, init]] = requestsTo(fetch, 'GET /v1/exports/usage.csv?range=7d&team=search&dataMode=real')
    expect(authHeader(init as RequestInit)).toBe('Bearer t1')
    expect(await (createObjectURL.mock.calls[0] as unknown as [Blob])[0].text()).toBe('id,costUsd\n1,0.5\n')
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('usage-20261101-20261201.csv')

    await user.selectOptions(screen.getByLabelText('Range'), 'Last 30 days')
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('names the Unattributed bucket, shows unpriced spend as unpriced, and says where the figures come from', async () => {
    const rows = [
      explorerRow('openai', 'openai', 6, 60),
      explorerRow('(unattributed)', '(unattributed)', 2.5, 0),
      { ...explorerRow('acme', 'acme', 0, 4), unpricedRequests: 4 },
      { ...explorerRow('mixed', 'mixed', 1, 5), unpricedRequests: 2 },
    ]
    mockApi(signedInRoutes(analyticsRoutes({ 'GET /v1/usage/explorer': noted({ ...explorerByTeam, groupBy: 'provider', rows }) })))
    renderAppAt('/usage')

    const table = await screen.findByRole('table', { name: 'Usage by provider' })
    const [, , unattributed, unpriced, mixed] = within(table).getAllByRole('row')
    expect(cellsOf(unattributed).slice(0, 2)).toEqual(['Unattributed', '$2.50'])
    expect(cellsOf(unpriced).slice(0, 2)).toEqual(['acme', 'unpriced'])
    expect(cellsOf(mixed).slice(0, 2)).toEqual(['mixed', '$1.002 unpriced'])
    expect(screen.getByText('Billing through Nov 30, 02:00 UTC, telemetry after · 12% unattributed')).toBeVisible()
  })
})
