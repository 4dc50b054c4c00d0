import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { analyticsRoutes, emptyOverview } from '@/test/analytics'
import { bodyOf, mockApi, queriesTo, requestsTo, signedInRoutes, type Routes } from '@/test/api'
import { jsonResponse } from '@/test/fetch'
import { me, mockProviders, providerConnection } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'

const emptyRoutes = (overrides: Routes = {}) =>
  signedInRoutes({ ...analyticsRoutes({ 'GET /v1/dashboard/overview': emptyOverview }), ...overrides })
const gettingStarted = () => screen.findByRole('region', { name: 'No data in this range yet' })

describe('an empty Overview', () => {
  it('names the running mock provider’s key and base URL, and connects it in one click', async () => {
    const fetch = mockApi(
      emptyRoutes({
        'GET /v1/providers/mock': mockProviders,
        'POST /v1/providers': jsonResponse(201, providerConnection({ status: 'syncing', backfilling: true, backfillDaysDone: 0 })),
      }),
    )
    renderAppAt('/')
    const user = userEvent.setup()

    const card = await gettingStarted()
    await within(card).findByText('sk-admin-MOCK-VALID-KEY-1234567890')
    expect(within(card).getByText('http://127.0.0.1:8001/v1')).toBeVisible()
    expect(within(card).getByRole('link', { name: 'Settings → Providers' })).toHaveAttribute('href', '/settings/providers')
    await user.click(within(card).getByRole('button', { name: 'Connect the mock OpenAI' }))

    await waitFor(() => expect(requestsTo(fetch, 'POST /v1/providers')).toHaveLength(1))
    expect(bodyOf(requestsTo(fetch, 'POST /v1/providers')[0])).toEqual({
      provider: 'openai',
      credentials: 'sk-admin-MOCK-VALID-KEY-1234567890',
      baseUrl: 'http://127.0.0.1:8001/v1',
    })
  })

  it('shows how to send telemetry and offers demo data', async () => {
    mockApi(emptyRoutes())
    renderAppAt('/')

    const card = await gettingStarted()
    expect(within(card).getByRole('link', { name: 'Settings → API keys' })).toHaveAttribute('href', '/settings/api-keys')
    const example = within(card).getByLabelText('Example telemetry call')
    expect(example).toHaveTextContent(`curl -X POST ${window.location.origin}/v1/ingest`)
    expect(example).toHaveTextContent('X-API-Key: $AINTOPS_KEY')
    const exporter = within(card).getByLabelText('OpenTelemetry exporter settings')
    expect(exporter).toHaveTextContent(`OTEL_EXPORTER_OTLP_ENDPOINT=${window.location.origin}/otlp`)
    expect(exporter).toHaveTextContent('OTEL_EXPORTER_OTLP_HEADERS=x-api-key=$AINTOPS_KEY')
    expect(within(card).getByRole('button', { name: 'Try demo data' })).toBeVisible()
    expect(within(card).queryByRole('button', { name: 'Connect the mock OpenAI' })).toBeNull()
  })

  it('tells members whom to ask, and asks nothing of the mock', async () => {
    const fetch = mockApi(emptyRoutes({ 'GET /v1/me': me('member'), 'GET /v1/providers/mock': mockProviders }))
    renderAppAt('/')

    const card = await gettingStarted()
    expect(within(card).getByText('Ask an owner or admin of your organization to connect a provider.')).toBeVisible()
    expect(within(card).getByText('Owners and admins can load it.')).toBeVisible()
    expect(requestsTo(fetch, 'GET /v1/providers/mock')).toHaveLength(0)
  })

  it.each([
    ['the range holds data', signedInRoutes(analyticsRoutes()), '/'],
    ['a filter narrows the range', emptyRoutes(), '/?team=search'],
  ])('is not shown when %s', async (_, routes, path) => {
    mockApi(routes)
    renderAppAt(path)
    await screen.findByRole('definition', { name: 'Spend in range' })
    expect(screen.queryByRole('region', { name: 'No data in this range yet' })).toBeNull()
  })

  it('shows a first sync’s progress, then refreshes the figures when it is done', async () => {
    let listed = 0
    const fetch = mockApi(
      emptyRoutes({
        'GET /v1/providers': () =>
          jsonResponse(200, [
            ++listed === 1
              ? providerConnection({ status: 'syncing', backfilling: true, backfillDaysDone: 12, backfillDaysTotal: 31, lastSuccessAt: null })
              : providerConnection({ lastSuccessAt: new Date(Date.now() - 5 * 60_000).toISOString() }),
          ]),
      }),
    )
    renderAppAt('/')

    const status = await screen.findByRole('region', { name: 'Provider billing' })
    const progress = within(status).getByRole('progressbar', { name: 'Backfill of OpenAI' })
    expect(progress).toHaveAttribute('value', '12')
    expect(status).toHaveTextContent('12 of 31 days')
    expect(within(await gettingStarted()).getByText(/A provider is connected/)).toBeVisible()
    const overviewsBefore = queriesTo(fetch, 'GET /v1/dashboard/overview').length

    expect(await within(status).findByText('billing synced 5 min ago', {}, { timeout: 4000 })).toBeVisible()
    await waitFor(() => expect(queriesTo(fetch, 'GET /v1/dashboard/overview').length).toBeGreaterThan(overviewsBefore))
  })
})
