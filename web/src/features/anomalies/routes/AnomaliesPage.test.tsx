import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockApi, queriesTo, requestsTo, signedInRoutes } from '@/test/api'
import { jsonResponse, problem } from '@/test/fetch'
import { me } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'
import { tableTexts } from '@/test/table'
import type { Anomaly } from '../api/list-anomalies'

const anomaly = (id: string, overrides: Partial<Anomaly> = {}): Anomaly => ({
  id,
  scopeKind: 'organization',
  scopeValue: '',
  windowStart: '2026-12-02T09:00:00Z',
  windowEnd: '2026-12-02T10:00:00Z',
  observedUsd: 48,
  expectedUsd: 6,
  excessUsd: 42,
  zScore: 7.31,
  driver: { dimension: 'model', value: 'gpt-4.1', observedUsd: 40, expectedUsd: 2, shareOfExcess: 0.9048 },
  createdAt: '2026-12-02T10:05:00Z',
  recommendationId: 'r7',
  ...overrides,
})

const page = (items: Anomaly[], total = items.length, offset = 0) => ({ items, total, offset, limit: 50 })

describe('AnomaliesPage', () => {
  it('shows each anomaly’s window, scope, observed against expected spend, z-score and driver', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/anomalies': page([
          anomaly('an1'),
          anomaly('an2', {
            scopeKind: 'team',
            scopeValue: 'search',
            observedUsd: 9.5,
            expectedUsd: 3,
            excessUsd: 6.5,
            zScore: 4.2,
            driver: undefined,
            recommendationId: null,
          }),
        ]),
      }),
    )
    renderAppAt('/anomalies')

    const table = await screen.findByRole('table', { name: 'Anomalies' })
    const [header, first, second] = tableTexts(table)
    expect(header).toEqual(['Window', 'Scope', 'Observed', 'Expected', 'Excess', 'z-score', 'Driver', 'Investigate spike', 'Recommendation'])
    expect(first.slice(1)).toEqual([
      'All spend',
      '$48.00',
      '$6.00',
      '$42.00',
      '7.31',
      'model gpt-4.1 $40.00 against $2.00 expected, 90.5% of the excess',
      'UsageRequests',
      'See the recommendation',
    ])
    expect(first[0]).toMatch(/^Dec 2.* – Dec 2/)
    expect(second.slice(1)).toEqual(['Team search', '$9.50', '$3.00', '$6.50', '4.20', '—', 'UsageRequests', ''])
    expect(within(table).getByRole('link', { name: 'See the recommendation' })).toHaveAttribute('href', '/recommendations')
    expect(within(table).getByRole('link', { name: 'Investigate spike of Team search in Usage' })).toHaveAttribute(
      'href',
      '/usage?range=custom&from=2026-12-02&to=2026-12-02&team=search',
    )
    expect(within(table).getByRole('link', { name: 'Investigate spike of Team search in Requests' })).toHaveAttribute(
      'href',
      '/requests?range=custom&from=2026-12-02T09%3A00%3A00Z&to=2026-12-02T10%3A00%3A00Z&team=search',
    )
  })

  it('keeps the scope filter in the URL and loads older anomalies by offset', async () => {
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/anomalies': (_: RequestInit, url: string) => {
          const offset = Number(new URLSearchParams(url.split('?')[1]).get('offset'))
          const newest = page([anomaly('an1', { scopeKind: 'model', scopeValue: 'gpt-4.1' })], 51)
          return jsonResponse(200, offset === 0 ? newest : page([anomaly('an2')], 51, 50))
        },
      }),
    )
    const router = renderAppAt('/anomalies')
    const user = userEvent.setup()

    await screen.findByRole('table', { name: 'Anomalies' })
    await user.selectOptions(screen.getByLabelText('Scope'), 'model')
    expect(router.state.location.search).toBe('?scope=model')
    expect(queriesTo(fetch, 'GET /v1/anomalies').at(-1)?.get('scopeKind')).toBe('model')

    await user.click(await screen.findByRole('button', { name: 'Load older anomalies' }))
    expect(await screen.findByRole('cell', { name: 'All spend' })).toBeVisible()
    expect(queriesTo(fetch, 'GET /v1/anomalies').at(-1)?.get('offset')).toBe('50')
    expect(screen.queryByRole('button', { name: 'Load older anomalies' })).toBeNull()
  })

  it('detects now and shows the anomaly it found', async () => {
    let detected = false
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/anomalies': () => jsonResponse(200, page(detected ? [anomaly('an1')] : [])),
        'POST /v1/anomalies/detect': () => {
          detected = true
          return jsonResponse(200, { hourUtc: '2026-12-02T09:00:00Z', scopesTested: 6, created: anomaly('an1'), earlierFound: 2 })
        },
      }),
    )
    renderAppAt('/anomalies')
    const user = userEvent.setup()

    expect(await screen.findByText(/No anomalies yet/)).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Detect now' }))

    expect(await screen.findByRole('table', { name: 'Anomalies' })).toBeVisible()
    expect(screen.getByRole('status')).toHaveTextContent(/across 6 scopes: found an anomaly\. 2 earlier anomalies found in the last 14 days\.$/)
    expect(requestsTo(fetch, 'POST /v1/anomalies/detect')).toHaveLength(1)
  })

  it('shows members the feed without the detect button', async () => {
    mockApi(signedInRoutes({ 'GET /v1/me': me('member'), 'GET /v1/anomalies': page([anomaly('an1')]) }))
    renderAppAt('/anomalies')

    await screen.findByRole('table', { name: 'Anomalies' })
    expect(screen.queryByRole('button', { name: 'Detect now' })).toBeNull()
  })

  it('says when a scope has no anomalies, and shows the API’s error', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/anomalies': (_: RequestInit, url: string) =>
          url.includes('scopeKind=team')
            ? jsonResponse(200, page([]))
            : problem(403, { title: 'Forbidden.', detail: 'Your role cannot read analytics.' }),
      }),
    )
    const router = renderAppAt('/anomalies')
    const user = userEvent.setup()

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load anomalies: Your role cannot read analytics.')
    await user.selectOptions(screen.getByLabelText('Scope'), 'team')
    expect(await screen.findByText('No anomalies in this scope.')).toBeVisible()
    expect(router.state.location.search).toBe('?scope=team')
  })
})
