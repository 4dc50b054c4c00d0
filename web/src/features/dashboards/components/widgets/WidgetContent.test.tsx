import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { analyticsRoutes, costPerModel, explorerByTeam, explorerRow, noted, usageOverTime } from '@/test/analytics'
import { mockApi, queriesTo } from '@/test/api'
import { problem } from '@/test/fetch'
import { renderWithClient } from '@/test/render'
import { WidgetContent } from './WidgetContent'

const filters = { range: '7d', dataMode: 'demo' } as const

const budget = {
  id: 'b1', name: 'Production', amountUsd: 1000, warningThresholdUsd: 800, criticalThresholdUsd: 1000, state: 'warning', spendUsd: 850,
  percentUsed: 85, forecastUsd: 1400, projectedBreachAt: '2026-12-22T00:00:00Z',
}

function renderWidget(type: string, config: unknown = {}) {
  const fetch = mockApi(analyticsRoutes())
  renderWithClient(<WidgetContent type={type} filters={filters} config={config} />)
  return fetch
}

const figure = (name: string) => screen.findByRole('definition', { name })

describe('dashboard widgets', () => {
  it('spend over time totals the spend of every series, with interval and split from its config', async () => {
    const fetch = renderWidget('spend_over_time', { interval: 'week', splitBy: 'model' })

    expect(await figure('Total spend')).toHaveTextContent('$4.50')
    expect(screen.getByRole('img', { name: 'Spend by week and model' })).toBeInTheDocument()
    const values = screen.getByRole('table', { name: 'Spend by week and model' })
    expect(within(values).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['openai', 'anthropic'])
    expect(within(values).getAllByRole('row')[1]).toHaveTextContent(/\$1\.50\$2\.25$/)
    expect(Object.fromEntries(queriesTo(fetch, 'GET /v1/dashboard/spend-over-time')[0])).toEqual({
      range: '7d',
      dataMode: 'demo',
      interval: 'week',
      splitBy: 'model',
    })
  })

  it('latency says provider billing has none instead of asking for it', async () => {
    const fetch = mockApi(analyticsRoutes())
    renderWithClient(<WidgetContent type="latency" filters={{ ...filters, source: 'billed' }} config={{}} />)

    expect(await screen.findByText(/Provider billing carries no latency/)).toBeVisible()
    expect(queriesTo(fetch, 'GET /v1/dashboard/latency')).toHaveLength(0)
  })

  it('token consumption shows uncached, cached, cache-write and output tokens', async () => {
    renderWidget('token_consumption')

    expect(await figure('Uncached input')).toHaveTextContent('3,500')
    expect(screen.getByRole('definition', { name: 'Cached input' })).toHaveTextContent('350')
    expect(screen.getByRole('definition', { name: 'Cache writes' })).toHaveTextContent('35')
    expect(screen.getByRole('definition', { name: 'Output' })).toHaveTextContent('700')
  })

  it('request volume shows requests, errors and the error rate', async () => {
    renderWidget('request_volume')

    expect(await figure('Requests')).toHaveTextContent('35')
    expect(screen.getByRole('definition', { name: 'Errors' })).toHaveTextContent('4')
    expect(screen.getByRole('definition', { name: 'Error rate' })).toHaveTextContent('11.4%')
  })

  it('cost per model ranks models with spend, share, requests and unpriced calls', async () => {
    renderWidget('cost_per_model')

    const table = await screen.findByRole('table', { name: 'Cost per model' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['$3.50', '70%', '30', '$0.12'],
      ['$1.50', '30%', '5', '—'],
    ])
    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent('acme-large acme2 unpriced')
  })

  it('cost per model shows a dash, not 0, for requests a provider bill does not count', async () => {
    const billed = { provider: 'anthropic', model: 'claude-sonnet-4', spendUsd: 2, requests: 0, inputTokens: 9000, outputTokens: 900 }
    mockApi({
      ...analyticsRoutes(),
      'GET /v1/dashboard/cost-per-model': { ...costPerModel, models: [{ ...billed, unpricedRequests: 0, averageCostPerRequestUsd: null, share: 1 }] },
    })
    renderWithClient(<WidgetContent type="cost_per_model" filters={filters} config={{}} />)

    const row = within(await screen.findByRole('table', { name: 'Cost per model' })).getAllByRole('row')[1]
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['$2.00', '100%', '—', '—'])
    expect(within(row).getByTitle("Not reported in the provider's bill")).toBeInTheDocument()
  })

  it('latency shows the overall and per-model average, P50 and P95', async () => {
    renderWidget('latency')

    expect(await figure('P95')).toHaveTextContent('1.80 s')
    expect(screen.getByRole('definition', { name: 'P50' })).toHaveTextContent('450 ms')
    const row = within(screen.getByRole('table', { name: 'Latency per model' })).getByRole('row', { name: /gpt-4.1/ })
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['30', '650 ms', '400 ms', '1.50 s'])
  })

  it('cost per request and latency draw each period\'s spend / requests and average latency, with the range\'s average', async () => {
    const [first, , second] = usageOverTime.points
    const points = [{ ...first, series: null, spendUsd: 3.75, requests: 30 }, { ...second, series: null }]
    const fetch = mockApi(analyticsRoutes({ 'GET /v1/dashboard/spend-over-time': { ...usageOverTime, points } }))
    renderWithClient(<WidgetContent type="cost_evolution" filters={filters} config={{ interval: 'week' }} />)

    expect(await figure('Avg cost per request')).toHaveTextContent('$0.13')
    const costs = screen.getByRole('table', { name: 'Average cost per request by week' })
    expect(within(costs).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['Nov 1$0.13', 'Nov 2$0.15'])
    const latency = screen.getByRole('table', { name: 'Average latency by week' })
    expect(within(latency).getAllByRole('row')[1]).toHaveTextContent('Nov 1500 ms')
    expect(Object.fromEntries(queriesTo(fetch, 'GET /v1/dashboard/spend-over-time')[0])).toEqual({ range: '7d', dataMode: 'demo', interval: 'week' })
  })

  it('cost by feature and model lists each pair with its share, calls without a feature as No feature', async () => {
    const row = (key: string, label: string, model: string, spendUsd: number) => ({
      ...explorerRow(key, label, spendUsd, 10), subKey: model, subLabel: model, share: spendUsd / 10,
    })
    const fetch = mockApi(analyticsRoutes({
      'GET /v1/usage/explorer': { ...explorerByTeam, rows: [row('support.reply', 'support.reply', 'gpt-4o', 6), row('', 'No endpoint tag', 'gpt-4o-mini', 4)] },
    }))
    renderWithClient(<WidgetContent type="cost_contribution" filters={filters} config={{}} />)

    const table = await screen.findByRole('table', { name: 'Cost by feature and model' })
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      'support.replygpt-4o$6.0060%',
      'No featuregpt-4o-mini$4.0040%',
    ])
    expect(Object.fromEntries(queriesTo(fetch, 'GET /v1/usage/explorer')[0])).toEqual({
      range: '7d', dataMode: 'demo', groupBy: 'endpointTag', thenBy: 'model',
    })
  })

  it('cost by feature says provider billing has no features instead of asking for them', async () => {
    const fetch = mockApi(analyticsRoutes())
    renderWithClient(<WidgetContent type="cost_contribution" filters={{ ...filters, source: 'billed' }} config={{}} />)

    expect(await screen.findByText(/Provider billing carries no features/)).toBeVisible()
    expect(queriesTo(fetch, 'GET /v1/usage/explorer')).toHaveLength(0)
  })

  it.each([
    ['budget_gauge', 'No budgets yet'],
    ['top_recommendations', 'No recommendations yet'],
    ['anomaly_feed', 'No anomalies'],
  ])('%s says when there is nothing yet', async (type, message) => {
    renderWidget(type)
    expect(await screen.findByText(message)).toBeVisible()
  })

  it('the budget gauge shows spend against the amount, the state and the forecast with its breach day', async () => {
    mockApi(analyticsRoutes({ 'GET /v1/budgets': [budget] }))
    renderWithClient(<WidgetContent type="budget_gauge" filters={filters} config={{}} />)

    const meter = await screen.findByRole('meter', { name: 'Production spend' })
    expect(meter).toHaveAttribute('aria-valuenow', '850')
    expect(screen.getByText('Warning')).toBeVisible()
    expect(screen.getByText(/\$850\.00 of \$1,000\.00 \(85%\); forecast \$1,400\.00, critical on Dec 22/)).toBeVisible()
  })

  it('top recommendations list the largest savings with the open total', async () => {
    const item = (id: string, title: string, savingUsd: number, savingBasis: string) => ({ id, title, savingUsd, savingBasis })
    mockApi(analyticsRoutes({
      'GET /v1/recommendations': {
        openMonthlySavingUsd: 420,
        items: [item('r1', 'Use gpt-4o-mini for search', 400, 'monthly'), item('r2', 'Cheaper model for the spike', 20, 'anomaly')],
      },
    }))
    renderWithClient(<WidgetContent type="top_recommendations" filters={filters} config={{}} />)

    const list = await screen.findByRole('list', { name: 'Top recommendations' })
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Use gpt-4o-mini for search $400.00 a month',
      'Cheaper model for the spike $20.00 on the spike',
    ])
    expect(screen.getByText('$420.00')).toBeVisible()
  })

  it('the anomaly feed shows observed against expected spend and the driver', async () => {
    const anomaly = {
      id: 'a1', scopeKind: 'organization', scopeValue: null, windowStart: '2026-12-01T14:00:00Z', observedUsd: 12, expectedUsd: 2,
      driver: { dimension: 'team', value: 'search' },
    }
    mockApi(analyticsRoutes({ 'GET /v1/anomalies': { items: [anomaly], total: 1, offset: 0, limit: 8 } }))
    renderWithClient(<WidgetContent type="anomaly_feed" filters={filters} config={{}} />)

    const item = within(await screen.findByRole('list', { name: 'Anomalies' })).getByRole('listitem')
    expect(item).toHaveTextContent(/All spend: \$12\.00 expected \$2\.00 — driven by team search/)
  })

  it('says so when there is nothing in the range', async () => {
    mockApi(analyticsRoutes({ 'GET /v1/dashboard/request-volume': { ...usageOverTime, points: [] } }))
    renderWithClient(<WidgetContent type="request_volume" filters={filters} config={{}} />)

    expect(await screen.findByText('No requests in this range.')).toBeVisible()
  })

  it('shows loading, then the problem the API explains, with its field errors', async () => {
    mockApi(
      analyticsRoutes({
        'GET /v1/dashboard/latency': problem(400, {
          title: 'Validation failed.',
          detail: 'One or more filters are invalid.',
          errors: { to: ['to must be after from.'] },
        }),
      }),
    )
    renderWithClient(<WidgetContent type="latency" filters={filters} config={{}} />)

    expect(screen.getByText('Loading latency…')).toBeVisible()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load latency: One or more filters are invalid.')
    expect(within(alert).getByRole('listitem')).toHaveTextContent('to must be after from.')
  })

  it('shows a model none of whose calls could be priced as unpriced, and where the figures come from', async () => {
    const unpriced = { ...costPerModel.models[1], spendUsd: 0, share: 0, averageCostPerRequestUsd: 0 }
    mockApi(analyticsRoutes({ 'GET /v1/dashboard/cost-per-model': noted({ ...costPerModel, models: [costPerModel.models[0], unpriced] }) }))
    renderWithClient(<WidgetContent type="cost_per_model" filters={{ range: '7d', dataMode: 'real' }} config={{}} />)

    const table = await screen.findByRole('table', { name: 'Cost per model' })
    const [, , row] = within(table).getAllByRole('row')
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent)
    expect([cells[0], cells[3]]).toEqual(['unpriced', 'unpriced'])
    expect(within(row).getByRole('rowheader')).toHaveTextContent('2 unpriced')
    expect(screen.getByText(/^Billing through .*02:00 UTC, telemetry after · 12% unattributed$/)).toBeVisible()
  })

  it('says nothing about sources when the answer has no note', async () => {
    renderWidget('spend_over_time')

    await figure('Total spend')
    expect(document.querySelector('.source-note')).toBeNull()
  })
})
