import { fireEvent, screen, waitFor } from '@testing-library/react'
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
})
