import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockApi, queriesTo, requestsTo, signedInRoutes } from '@/test/api'
import { jsonResponse, problem } from '@/test/fetch'
import { me } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'
import type { Recommendation } from '../api/list-recommendations'

const recommendation = (id: string, title: string, savingUsd: number, overrides: Partial<Recommendation> = {}): Recommendation => ({
  id,
  type: 'model_downgrade',
  title,
  explanation: `${title}: why`,
  savingUsd,
  savingBasis: 'monthly',
  monthlySavingUsd: savingUsd,
  status: 'open',
  evidence: [
    { name: 'Calls in 30 days', value: '12,400' },
    { name: 'Current model', value: 'gpt-4.1' },
  ],
  anomalyId: null,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  statusChangedByUserId: null,
  statusChangedAt: null,
  ...overrides,
})

const downgrade = recommendation('r1', 'Use gpt-4.1-mini for search', 412.5)
const caching = recommendation('r2', 'Cache the support prompt', 96.25, { type: 'caching' })
const spike = recommendation('r3', 'Cheaper model for the Dec 2 spike', 18, {
  type: 'model_substitution',
  savingBasis: 'anomaly',
  monthlySavingUsd: null,
})

/** Lists like the API (by status and type, with the open monthly total) and dismisses or applies for real. */
function recommendationRoutes(initial: Recommendation[]) {
  let recommendations = initial
  const change = (id: string, status: string) => () => {
    recommendations = recommendations.map((r) => (r.id === id ? { ...r, status, statusChangedAt: '2026-12-02T10:00:00Z' } : r))
    return jsonResponse(200, recommendations.find((r) => r.id === id))
  }
  return {
    'GET /v1/recommendations': (_: RequestInit, url: string) => {
      const query = new URLSearchParams(url.split('?')[1])
      const ofType = recommendations.filter((r) => !query.get('type') || r.type === query.get('type'))
      const openMonthlySavingUsd = ofType.filter((r) => r.status === 'open').reduce((sum, r) => sum + (r.monthlySavingUsd ?? 0), 0)
      return jsonResponse(200, { items: ofType.filter((r) => r.status === query.get('status')), openMonthlySavingUsd })
    },
    ...Object.fromEntries(
      initial.flatMap((r) => [
        [`POST /v1/recommendations/${r.id}/dismiss`, change(r.id, 'dismissed')],
        [`POST /v1/recommendations/${r.id}/apply`, change(r.id, 'applied')],
      ]),
    ),
  }
}

const row = (title: string) => screen.getByText(title).closest('tr')!
const totalFigure = () => screen.getByRole('definition', { name: 'Open savings a month' })

describe('RecommendationsPage', () => {
  it('lists the open recommendations with type, explanation, saving and evidence, and the open savings added up', async () => {
    mockApi(signedInRoutes(recommendationRoutes([downgrade, caching, spike])))
    renderAppAt('/recommendations')
    const user = userEvent.setup()

    await screen.findByText('Use gpt-4.1-mini for search')
    // The monthly savings of the open ones: 412.50 + 96.25; the spike's one-off saving is not monthly.
    expect(totalFigure()).toHaveTextContent('$508.75')
    const first = within(row('Use gpt-4.1-mini for search'))
    expect(first.getByRole('cell', { name: 'Cheaper model' })).toBeVisible()
    expect(first.getByText('Use gpt-4.1-mini for search: why')).toBeVisible()
    expect(first.getByRole('cell', { name: '$412.50 a month' })).toBeVisible()
    expect(within(row('Cache the support prompt')).getByRole('cell', { name: 'Prompt caching' })).toBeVisible()
    expect(within(row('Cheaper model for the Dec 2 spike')).getByRole('cell', { name: '$18.00 on the spike' })).toBeVisible()

    expect(screen.queryByRole('definition', { name: 'Calls in 30 days' })).toBeNull()
    const toggle = first.getByRole('button', { name: 'Show evidence' })
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const evidence = screen.getByRole('definition', { name: 'Calls in 30 days' })
    expect(evidence).toHaveTextContent('12,400')
    expect(screen.getByRole('definition', { name: 'Current model' })).toHaveTextContent('gpt-4.1')
    await user.click(first.getByRole('button', { name: 'Hide evidence' }))
    expect(screen.queryByRole('definition', { name: 'Calls in 30 days' })).toBeNull()
  })

  it('keeps the status and type filters in the URL and asks the API for them', async () => {
    const fetch = mockApi(
      signedInRoutes(recommendationRoutes([downgrade, recommendation('r4', 'Old caching idea', 40, { type: 'caching', status: 'dismissed' })])),
    )
    const router = renderAppAt('/recommendations?status=dismissed')
    const user = userEvent.setup()

    expect(await screen.findByText('Old caching idea')).toBeVisible()
    expect(screen.getByLabelText('Status')).toHaveValue('dismissed')
    expect(screen.queryByText('Use gpt-4.1-mini for search')).toBeNull()
    expect(queriesTo(fetch, 'GET /v1/recommendations').at(-1)?.get('status')).toBe('dismissed')

    await user.selectOptions(screen.getByLabelText('Type'), 'model_downgrade')
    expect(router.state.location.search).toBe('?status=dismissed&type=model_downgrade')
    expect(await screen.findByText('No dismissed recommendations of this type.')).toBeVisible()
    const last = queriesTo(fetch, 'GET /v1/recommendations').at(-1)!
    expect([last.get('status'), last.get('type')]).toEqual(['dismissed', 'model_downgrade'])

    await user.selectOptions(screen.getByLabelText('Status'), 'open')
    expect(router.state.location.search).toBe('?type=model_downgrade')
    expect(await screen.findByText('Use gpt-4.1-mini for search')).toBeVisible()
    expect(totalFigure()).toHaveTextContent('$412.50')
  })

  it('dismisses and applies through the API, and the list and the total follow', async () => {
    const fetch = mockApi(signedInRoutes(recommendationRoutes([downgrade, caching])))
    renderAppAt('/recommendations')
    const user = userEvent.setup()

    await screen.findByText('Cache the support prompt')
    await user.click(within(row('Cache the support prompt')).getByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(screen.queryByText('Cache the support prompt')).toBeNull())
    expect(totalFigure()).toHaveTextContent('$412.50')
    expect(requestsTo(fetch, 'POST /v1/recommendations/r2/dismiss')).toHaveLength(1)

    await user.click(within(row('Use gpt-4.1-mini for search')).getByRole('button', { name: 'Mark applied' }))
    expect(await screen.findByText(/^No open recommendations/)).toBeVisible()
    expect(totalFigure()).toHaveTextContent('$0.00')
    expect(requestsTo(fetch, 'POST /v1/recommendations/r1/apply')).toHaveLength(1)

    await user.selectOptions(screen.getByLabelText('Status'), 'dismissed')
    await screen.findByText('Cache the support prompt')
    const dismissed = within(row('Cache the support prompt'))
    expect(dismissed.getByText(/^Dismissed /)).toBeVisible()
    expect(dismissed.queryByRole('button', { name: 'Dismiss' })).toBeNull()
    expect(dismissed.getByRole('button', { name: 'Mark applied' })).toBeVisible()
  })

  it('shows the API’s reason when a change is refused', async () => {
    mockApi(
      signedInRoutes({
        ...recommendationRoutes([downgrade]),
        'POST /v1/recommendations/r1/dismiss': problem(404, { title: 'Not found.', detail: 'No recommendation with that id in this organization.' }),
      }),
    )
    renderAppAt('/recommendations')
    const user = userEvent.setup()

    await screen.findByText('Use gpt-4.1-mini for search')
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not change Use gpt-4.1-mini for search: No recommendation with that id in this organization.',
    )
  })

  it('generates now and shows the refreshed list', async () => {
    let generated = false
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/recommendations': () =>
          jsonResponse(200, generated ? { items: [downgrade], openMonthlySavingUsd: 412.5 } : { items: [], openMonthlySavingUsd: 0 }),
        'POST /v1/recommendations/generate': () => {
          generated = true
          return jsonResponse(200, { windowStart: '2026-11-02T00:00:00Z', windowEnd: '2026-12-02T00:00:00Z', candidates: 1, created: 1, updated: 0 })
        },
      }),
    )
    renderAppAt('/recommendations')
    const user = userEvent.setup()

    expect(await screen.findByText(/^No open recommendations/)).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Generate now' }))

    expect(await screen.findByText('Use gpt-4.1-mini for search')).toBeVisible()
    expect(screen.getByRole('status')).toHaveTextContent('Looked at the last 30 days: 1 new, 0 updated.')
    expect(totalFigure()).toHaveTextContent('$412.50')
    expect(requestsTo(fetch, 'POST /v1/recommendations/generate')).toHaveLength(1)
  })

  it('says why generating failed', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/recommendations': { items: [], openMonthlySavingUsd: 0 },
        'POST /v1/recommendations/generate': problem(409, {
          title: 'Conflict.',
          detail: 'Recommendations are being generated for this organization right now; try again in a moment.',
        }),
      }),
    )
    renderAppAt('/recommendations')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Generate now' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not generate recommendations: Recommendations are being generated for this organization right now',
    )
  })

  it('shows members the recommendations and their evidence without any way to change them', async () => {
    mockApi(signedInRoutes({ 'GET /v1/me': me('member'), ...recommendationRoutes([downgrade]) }))
    renderAppAt('/recommendations')

    await screen.findByText('Use gpt-4.1-mini for search')
    expect(screen.getByText(/Only owners and admins can dismiss, apply or generate recommendations/)).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Generate now' })).toBeNull()
    expect(within(row('Use gpt-4.1-mini for search')).getAllByRole('button').map((b) => b.textContent)).toEqual(['Show evidence'])
  })

  it('shows the API’s error with its reasons when the list cannot be loaded', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/recommendations': problem(400, {
          title: 'One or more validation errors occurred.',
          errors: { type: ['type must be one of: model_downgrade, prompt_compression, caching, provider_switch, model_substitution.'] },
        }),
      }),
    )
    renderAppAt('/recommendations')

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load recommendations: One or more validation errors occurred.')
    expect(alert).toHaveTextContent('type must be one of')
  })
})
