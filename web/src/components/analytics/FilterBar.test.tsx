import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { todayUtc } from '@/lib/analytics/filters'
import { analyticsRoutes, explorerQueries } from '@/test/analytics'
import { mockApi, queriesTo, signedInRoutes } from '@/test/api'
import { renderAppAt } from '@/test/render'

const search = (router: ReturnType<typeof renderAppAt>) =>
  Object.fromEntries(new URLSearchParams(router.state.location.search))

describe('FilterBar', () => {
  it('shows the filters of the URL', async () => {
    mockApi(signedInRoutes(analyticsRoutes()))
    renderAppAt('/usage?range=custom&from=2026-11-01&to=2026-11-15&provider=openai&model=gpt-4.1&environment=prod')

    expect(await screen.findByLabelText('Range')).toHaveDisplayValue('Custom')
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-01')
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-15')
    expect(screen.getByLabelText('Provider')).toHaveValue('openai')
    expect(screen.getByLabelText('Model')).toHaveValue('gpt-4.1')
    expect(screen.getByLabelText('Team')).toHaveValue('')
    expect(screen.getByLabelText('Environment')).toHaveDisplayValue('prod')
    expect(screen.getByLabelText('Data')).toHaveDisplayValue('Real')
  })

  it('suggests the providers, models and teams seen in the range and data mode', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    renderAppAt('/usage?range=7d&team=search&dataMode=demo')

    const team = await screen.findByLabelText('Team')
    const list = document.getElementById(team.getAttribute('list')!)!
    await waitFor(() => expect([...list.querySelectorAll('option')].map((o) => o.value)).toEqual(['search']))
    const suggestionQueries = queriesTo(fetch, 'GET /v1/usage/explorer').filter((query) => !query.has('sort'))
    expect(suggestionQueries.map((query) => Object.fromEntries(query))).toEqual(
      ['provider', 'model', 'team'].map((groupBy) => ({ range: '7d', dataMode: 'demo', groupBy })),
    )
  })

  it('writes every change to the URL, which the queries follow', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    const router = renderAppAt('/usage?groupBy=team')
    const user = userEvent.setup()

    await user.selectOptions(await screen.findByLabelText('Range'), 'Last 7 days')
    await user.selectOptions(screen.getByLabelText('Environment'), 'staging')
    await user.selectOptions(screen.getByLabelText('Data'), 'All data')
    await user.type(screen.getByLabelText('Team'), ' search {Enter}')
    await user.type(screen.getByLabelText('Provider'), 'anthropic')
    await user.tab()

    expect(search(router)).toEqual({
      groupBy: 'team',
      range: '7d',
      environment: 'staging',
      dataMode: 'all',
      team: 'search',
      provider: 'anthropic',
    })
    await waitFor(() =>
      expect(Object.fromEntries(explorerQueries(fetch).at(-1)!)).toMatchObject({
        range: '7d',
        environment: 'staging',
        dataMode: 'all',
        team: 'search',
        provider: 'anthropic',
      }),
    )

    await user.clear(screen.getByLabelText('Team'))
    await user.keyboard('{Enter}')
    await user.selectOptions(screen.getByLabelText('Data'), 'Real')
    expect(search(router)).toEqual({ groupBy: 'team', range: '7d', environment: 'staging', provider: 'anthropic' })
  })

  it('starts a custom range on the last 30 days and sends its days as UTC instants', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    const router = renderAppAt('/')
    const user = userEvent.setup()

    await user.selectOptions(await screen.findByLabelText('Range'), 'Custom')
    expect(search(router)).toMatchObject({ range: 'custom', to: todayUtc() })
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-01' } })

    expect(search(router)).toMatchObject({ range: 'custom', from: '2026-11-01' })
    await waitFor(() =>
      expect(Object.fromEntries(queriesTo(fetch, 'GET /v1/dashboard/overview').at(-1)!)).toMatchObject({
        range: 'custom',
        from: '2026-11-01T00:00:00Z',
      }),
    )
    await user.selectOptions(screen.getByLabelText('Range'), 'Month to date')
    expect(search(router)).toEqual({ range: 'mtd' })
  })

  it.each(['/', '/usage', '/usage/users', '/usage/tokens', '/usage/prompt-versions'])(
    'offers every source on %s, blended by default',
    async (path) => {
      mockApi(signedInRoutes(analyticsRoutes()))
      renderAppAt(path)

      const source = await screen.findByLabelText('Source')
      expect(source).toHaveDisplayValue('All sources (blended)')
      expect(within(source).getAllByRole('option').map((option) => option.textContent)).toEqual([
        'All sources (blended)',
        'Provider billing',
        'Telemetry',
      ])
    },
  )

  it('sends telemetry as chosen, and reads an old ingest link as telemetry', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    const router = renderAppAt('/usage/tokens?source=ingest')
    const user = userEvent.setup()

    expect(await screen.findByLabelText('Source')).toHaveDisplayValue('Telemetry')
    await waitFor(() => expect(queriesTo(fetch, 'GET /v1/usage/tokens')[0].get('source')).toBe('telemetry'))

    await user.selectOptions(screen.getByLabelText('Source'), 'All sources (blended)')
    expect(search(router)).toEqual({})
    await waitFor(() => expect(queriesTo(fetch, 'GET /v1/usage/tokens').at(-1)!.has('source')).toBe(false))
    await user.selectOptions(screen.getByLabelText('Source'), 'Telemetry')
    expect(search(router)).toEqual({ source: 'telemetry' })
  })

  it('clears and disables team, environment and data for provider billing, and enables them again for blended', async () => {
    mockApi(signedInRoutes(analyticsRoutes()))
    const router = renderAppAt('/?team=search&environment=prod&dataMode=demo')
    const user = userEvent.setup()

    await user.selectOptions(await screen.findByLabelText('Source'), 'Provider billing')

    expect(search(router)).toEqual({ source: 'billed' })
    for (const label of ['Team', 'Environment', 'Data']) expect(screen.getByLabelText(label)).toBeDisabled()
    await user.selectOptions(screen.getByLabelText('Source'), 'All sources (blended)')
    expect(search(router)).toEqual({})
    for (const label of ['Team', 'Environment', 'Data']) expect(screen.getByLabelText(label)).toBeEnabled()
  })

  it('shows the source fixed on Reconciliation, which sets billing against telemetry', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    renderAppAt('/usage/reconciliation?source=telemetry')

    expect(await screen.findByLabelText('Source')).toBeDisabled()
    await waitFor(() => expect(queriesTo(fetch, 'GET /v1/usage/reconciliation')).toHaveLength(1))
    expect(queriesTo(fetch, 'GET /v1/usage/reconciliation')[0].has('source')).toBe(false)
  })
})
