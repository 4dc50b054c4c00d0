import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { analyticsRoutes, emptyOverview, noted } from '@/test/analytics'
import { bodyOf, mockApi, queriesTo, requestsTo, signedInRoutes, type Routes } from '@/test/api'
import { jsonResponse, problem } from '@/test/fetch'
import { dashboards, me } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'

const overviewRoutes = (overrides: Routes = {}) => signedInRoutes({ ...analyticsRoutes(), ...overrides })
const saved = { timeout: 3000 }
const echoSaved = (init: RequestInit) => jsonResponse(200, { id: 'd1', isDefault: true, ...JSON.parse(String(init.body)) })

describe('OverviewPage', () => {
  it('shows the key figures of the range, formatted', async () => {
    mockApi(overviewRoutes())
    renderAppAt('/')

    const strip = await screen.findByRole('region', { name: 'Key figures' })
    const value = (name: string) => within(strip).findByRole('definition', { name })
    expect(await value('Spend in range')).toHaveTextContent('$1,234.50')
    expect(await value('Month to date')).toHaveTextContent('$98.77')
    expect(await value('Requests')).toHaveTextContent('12,345')
    expect(await value('Error rate')).toHaveTextContent('1%')
    expect(await value('Cost per 1K tokens')).toHaveTextContent('$1.23')
    expect(await value('P50 latency')).toHaveTextContent('512 ms')
    expect(await value('P95 latency')).toHaveTextContent('2.35 s')
    expect(await value('Active users')).toHaveTextContent('42')
    expect(await value('Unpriced calls')).toHaveTextContent('7')
    expect(await value('Avg cost per request')).toHaveTextContent('$0.10')
    expect(await value('Avg request time (telemetry)')).toHaveTextContent('640 ms')
    expect(await value('Total tokens')).toHaveTextContent('1,000,000')
    expect(await value('Token efficiency')).toHaveTextContent('10%')
  })

  it('names the average request time plainly when the figures are telemetry alone', async () => {
    mockApi(overviewRoutes())
    renderAppAt('/?source=telemetry')

    const strip = await screen.findByRole('region', { name: 'Key figures' })
    expect(await within(strip).findByRole('definition', { name: 'Avg request time' })).toHaveTextContent('640 ms')
  })

  it('offers demo data management and clears the caller\'s own test data after an inline confirmation', async () => {
    const fetch = mockApi(overviewRoutes({ 'DELETE /v1/ingest/test-data': { deleted: 12 } }))
    const router = renderAppAt('/')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Clear my test data' }))
    const confirm = screen.getByRole('group', { name: 'Confirm clearing your test data' })
    expect(requestsTo(fetch, 'DELETE /v1/ingest/test-data')).toHaveLength(0)
    await user.click(within(confirm).getByRole('button', { name: 'Yes, clear my test data' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Deleted 12 test requests of yours.')
    expect(Object.fromEntries(queriesTo(fetch, 'DELETE /v1/ingest/test-data')[0])).toEqual({ scope: 'mine' })
    await user.click(screen.getByRole('link', { name: 'Manage demo data' }))
    expect(router.state.location.pathname).toBe('/settings/data-hygiene')
  })

  it('shows a dash for figures there is nothing to compute from', async () => {
    mockApi(overviewRoutes({ 'GET /v1/dashboard/overview': emptyOverview }))
    renderAppAt('/')

    const strip = await screen.findByRole('region', { name: 'Key figures' })
    expect(await within(strip).findByRole('definition', { name: 'Error rate' })).toHaveTextContent('—')
    expect(within(strip).getByRole('definition', { name: 'P95 latency' })).toHaveTextContent('—')
    for (const name of ['Avg cost per request', 'Avg request time (telemetry)', 'Token efficiency'])
      expect(within(strip).getByRole('definition', { name })).toHaveTextContent('—')
    expect(within(strip).getByRole('definition', { name: 'Total tokens' })).toHaveTextContent('0')
  })

  it('renders the default dashboard widgets in place, with the filters of the URL', async () => {
    const fetch = mockApi(overviewRoutes())
    renderAppAt('/?range=7d&team=search&dataMode=demo')

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
    const cards = screen.getAllByRole('article')
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Spend over time',
      'Budget',
      'Token consumption',
      'Cost per model',
    ])
    const spend = screen.getByRole('article', { name: 'Spend over time' })
    expect(await within(spend).findByRole('definition', { name: 'Total spend' })).toHaveTextContent('$4.50')
    expect(within(screen.getByRole('article', { name: 'Budget' })).getByText('No budgets yet')).toBeVisible()
    expect(screen.getByRole('link', { name: 'See all: Budget' })).toHaveAttribute('href', '/budgets')
    expect(within(spend).queryByRole('link', { name: /^See all/ })).toBeNull()
    expect(Object.fromEntries(queriesTo(fetch, 'GET /v1/dashboard/overview')[0])).toEqual({
      range: '7d',
      team: 'search',
      dataMode: 'demo',
    })
    expect(screen.getByLabelText('Team')).toHaveValue('search')
    expect(screen.getByLabelText('Data')).toHaveValue('demo')
  })

  it('lets editors move widgets with the keyboard, pushing others aside, and saves the whole layout once changes pause', async () => {
    const fetch = mockApi(overviewRoutes({ 'PUT /v1/dashboards/d1': echoSaved }))
    renderAppAt('/')
    const user = userEvent.setup()

    const handle = await screen.findByRole('button', { name: 'Move Token consumption' })
    handle.focus()
    await user.keyboard('{ArrowRight}{ArrowRight}')

    expect(await screen.findByRole('status')).toHaveTextContent(/Unsaved changes|Saving/)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Layout saved'), saved)
    const puts = requestsTo(fetch, 'PUT /v1/dashboards/d1')
    expect(puts).toHaveLength(1)
    expect(bodyOf(puts[0])).toMatchObject({
      name: 'Overview',
      widgets: expect.arrayContaining([
        { type: 'token_consumption', x: 2, y: 4, width: 6, height: 4, config: {} },
        { type: 'cost_per_model', x: 6, y: 8, width: 6, height: 4, config: {} },
      ]),
    })
  })

  it('adds and removes widgets and saves each layout', async () => {
    const fetch = mockApi(overviewRoutes({ 'PUT /v1/dashboards/d1': echoSaved }))
    renderAppAt('/')
    const user = userEvent.setup()

    await user.selectOptions(await screen.findByLabelText('Add widget'), 'Latency')
    expect(await screen.findByRole('article', { name: 'Latency' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Remove Budget' }))
    expect(screen.queryByRole('article', { name: 'Budget' })).toBeNull()

    await waitFor(() => expect(requestsTo(fetch, 'PUT /v1/dashboards/d1')).toHaveLength(1), saved)
    const body = bodyOf(requestsTo(fetch, 'PUT /v1/dashboards/d1')[0]) as { widgets: { type: string; y: number }[] }
    expect(body.widgets.map((w) => w.type)).toEqual(['spend_over_time', 'token_consumption', 'cost_per_model', 'latency'])
    expect(body.widgets.at(-1)).toMatchObject({ x: 0, y: 8, width: 6, height: 4 })
  })

  it("saves a widget's interval and split with the layout and charts by them", async () => {
    const fetch = mockApi(overviewRoutes({ 'PUT /v1/dashboards/d1': echoSaved }))
    renderAppAt('/')
    const user = userEvent.setup()

    await user.selectOptions(await screen.findByLabelText('Interval of Spend over time'), 'By week')
    await user.selectOptions(screen.getByLabelText('Split by of Spend over time'), 'Model')

    await waitFor(() => expect(requestsTo(fetch, 'PUT /v1/dashboards/d1')).toHaveLength(1), saved)
    const body = bodyOf(requestsTo(fetch, 'PUT /v1/dashboards/d1')[0]) as { widgets: { type: string; config: unknown }[] }
    expect(body.widgets.find((w) => w.type === 'spend_over_time')?.config).toEqual({ interval: 'week', splitBy: 'model' })
    expect(Object.fromEntries(queriesTo(fetch, 'GET /v1/dashboard/spend-over-time').at(-1)!)).toMatchObject({
      interval: 'week',
      splitBy: 'model',
    })
    expect(screen.queryByLabelText('Interval of Cost per model')).toBeNull()
  })

  it('says when the layout could not be saved', async () => {
    mockApi(
      overviewRoutes({
        'PUT /v1/dashboards/d1': problem(400, { title: 'Validation failed.', detail: 'width: x + width must be at most 12.' }),
      }),
    )
    renderAppAt('/')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Rename' }))
    await user.clear(screen.getByLabelText('Dashboard name'))
    await user.type(screen.getByLabelText('Dashboard name'), 'Costs{Enter}')

    expect(await screen.findByRole('alert', {}, saved)).toHaveTextContent(
      'Could not save the layout: width: x + width must be at most 12.',
    )
  })

  it('shows members the dashboard read-only', async () => {
    mockApi(overviewRoutes({ 'GET /v1/me': me('member') }))
    renderAppAt('/')

    expect(await screen.findByRole('article', { name: 'Cost per model' })).toBeVisible()
    expect(screen.queryByRole('button', { name: /^Move / })).toBeNull()
    expect(screen.queryByRole('button', { name: /^Remove / })).toBeNull()
    expect(screen.queryByLabelText('Add widget')).toBeNull()
    expect(screen.queryByLabelText('Interval of Spend over time')).toBeNull()
    expect(screen.queryByRole('button', { name: 'New dashboard' })).toBeNull()
    // The grid keeps its resize handles in the page and hides them with this class.
    const items = [...document.querySelectorAll('.react-grid-item')]
    expect(items).toHaveLength(4)
    items.forEach((item) => expect(item).toHaveClass('react-resizable-hide'))
    expect(screen.queryByRole('button', { name: 'Try demo data' })).toBeNull()
  })

  it('picks among several dashboards, creates one and deletes it, but never the default', async () => {
    const costs = { id: 'd2', name: 'Costs', isDefault: false, widgets: [] }
    const fetch = mockApi(
      overviewRoutes({
        'GET /v1/dashboards': [...dashboards, costs],
        'POST /v1/dashboards': jsonResponse(201, { id: 'd3', name: 'Team view', isDefault: false, widgets: [] }),
        'DELETE /v1/dashboards/d3': new Response(null, { status: 204 }),
      }),
    )
    const router = renderAppAt('/')
    const user = userEvent.setup()

    expect(await screen.findByRole('article', { name: 'Spend over time' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Delete dashboard' })).toBeNull()
    await user.selectOptions(screen.getByLabelText('Dashboard'), 'Costs')
    expect(router.state.location.search).toBe('?dashboard=d2')
    expect(await screen.findByText('This dashboard has no widgets yet.')).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'New dashboard' }))
    await user.type(screen.getByLabelText('New dashboard name'), 'Team view{Enter}')
    await waitFor(() => expect(router.state.location.search).toBe('?dashboard=d3'))
    expect(bodyOf(requestsTo(fetch, 'POST /v1/dashboards')[0])).toEqual({ name: 'Team view', widgets: [] })
    await waitFor(() => expect(screen.getByLabelText('Dashboard')).toHaveDisplayValue('Team view'))

    await user.click(screen.getByRole('button', { name: 'Delete dashboard' }))
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(requestsTo(fetch, 'DELETE /v1/dashboards/d3')).toHaveLength(1)
    expect(screen.getByRole('option', { name: 'Costs' })).toBeInTheDocument()
    expect(screen.queryByRole('option', { name: 'Team view' })).toBeNull()
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

  it('loads demo data from the header and shows the demo figures at once', async () => {
    const fetch = mockApi(
      overviewRoutes({
        'POST /v1/ingest/demo': { inserted: 240, from: '2026-10-25T00:00:00Z', to: '2026-11-24T00:00:00Z' },
      }),
    )
    const router = renderAppAt('/?range=7d')
    const user = userEvent.setup()
    await screen.findByRole('definition', { name: 'Spend in range' })

    await user.click(await screen.findByRole('button', { name: 'Try demo data' }))

    expect(await screen.findByRole('status')).toHaveTextContent(/^Loaded 240 demo requests dated .* to .*\. .*The figures now show them/)
    expect(requestsTo(fetch, 'POST /v1/ingest/demo')).toHaveLength(1)
    await waitFor(() => expect(router.state.location.search).toBe('?range=7d&dataMode=demo'))
    await waitFor(() => expect(screen.getByLabelText('Data')).toHaveValue('demo'))
    await waitFor(() =>
      expect(Object.fromEntries(queriesTo(fetch, 'GET /v1/dashboard/overview').at(-1)!)).toEqual({ range: '7d', dataMode: 'demo' }),
    )
    await user.click(screen.getByRole('link', { name: 'see the requests' }))
    expect(router.state.location.pathname).toBe('/requests')
    expect(router.state.location.search).toBe('?dataMode=demo')
  })

  it('leaves provider billing, which holds no demo data, when demo data is loaded', async () => {
    mockApi(overviewRoutes({ 'POST /v1/ingest/demo': { inserted: 240, from: '2026-10-25T00:00:00Z', to: '2026-11-24T00:00:00Z' } }))
    const router = renderAppAt('/?source=billed')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Try demo data' }))

    await waitFor(() => expect(router.state.location.search).toBe('?dataMode=demo'))
    await waitFor(() => expect(screen.getByLabelText('Source')).toHaveDisplayValue('All sources (blended)'))
  })

  it('notes under the key figures where they come from, and shows spend of unpriced calls only as unpriced', async () => {
    const overview = noted({ ...emptyOverview, requests: 3, unpricedRequests: 3 })
    mockApi(overviewRoutes({ 'GET /v1/dashboard/overview': overview }))
    renderAppAt('/')

    const strip = await screen.findByRole('region', { name: 'Key figures' })
    expect(await within(strip).findByRole('definition', { name: 'Spend in range' })).toHaveTextContent('unpriced')
    expect(within(strip).getByText(/^Billing through .*02:00 UTC, telemetry after · 12% unattributed$/)).toBeVisible()
  })
})
