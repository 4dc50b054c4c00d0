import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockApi, queriesTo, requestsTo, signedInRoutes } from '@/test/api'
import { jsonResponse } from '@/test/fetch'
import { renderAppAt } from '@/test/render'
import type { Alert } from '../api/list-alerts'

const alert = (id: string, title: string, overrides: Partial<Alert> = {}): Alert => ({
  id,
  type: 'budget_warning',
  severity: 'warning',
  title,
  message: `${title}: details`,
  createdAt: '2026-12-01T10:00:00Z',
  acknowledged: false,
  acknowledgedAt: null,
  acknowledgedByUserId: null,
  budgetId: null,
  anomalyId: null,
  recommendationId: null,
  providerConnectionId: null,
  deliveries: [],
  ...overrides,
})

const syncFailed = alert('a1', 'Sync of OpenAI failed', {
  type: 'provider_sync_failure',
  severity: 'critical',
  createdAt: '2026-12-02T09:00:00Z',
  providerConnectionId: 'p1',
  deliveries: [
    { channelId: 'c1', channelName: '#ops', channelType: 'slack', state: 'sent', attempts: 1, sentAt: '2026-12-02T09:01:00Z', nextAttemptAt: null, lastStatusCode: 200, lastError: null },
    { channelId: 'c2', channelName: 'Finance', channelType: 'email', state: 'retrying', attempts: 2, sentAt: null, nextAttemptAt: '2026-12-02T09:05:00Z', lastStatusCode: 421, lastError: 'SMTP busy' },
    { channelId: 'c3', channelName: '#gone', channelType: 'slack', state: 'failed_permanent', attempts: 1, sentAt: null, nextAttemptAt: null, lastStatusCode: 404, lastError: 'channel_not_found' },
  ],
})
const budgetWarning = alert('a2', 'Budget Platform at 80%', { budgetId: 'b1' })
const anomaly = alert('a3', 'Spend spike on gpt-4.1', {
  type: 'anomaly',
  acknowledged: true,
  acknowledgedAt: '2026-11-30T12:00:00Z',
  createdAt: '2026-11-30T11:00:00Z',
  anomalyId: 'an1',
})

/** An inbox that filters like the API and acknowledges for real, with the unread count to match. */
function inboxRoutes(initial: Alert[], nextBefore: string | null = null) {
  let alerts = initial
  const unread = () => alerts.filter((a) => !a.acknowledged)
  const acknowledge = (a: Alert): Alert => ({ ...a, acknowledged: true, acknowledgedAt: '2026-12-02T10:00:00Z' })
  return {
    'GET /v1/alerts': (_: RequestInit, url: string) => {
      const query = new URLSearchParams(url.split('?')[1])
      const items = alerts
        .filter((a) => query.get('unread') !== 'true' || !a.acknowledged)
        .filter((a) => !query.get('type') || a.type === query.get('type'))
      return jsonResponse(200, { items, nextBefore: query.get('before') ? null : nextBefore })
    },
    'GET /v1/alerts/unread-count': () => jsonResponse(200, { count: unread().length }),
    'POST /v1/alerts/a2/acknowledge': () => {
      alerts = alerts.map((a) => (a.id === 'a2' ? acknowledge(a) : a))
      return jsonResponse(200, alerts.find((a) => a.id === 'a2'))
    },
    'POST /v1/alerts/acknowledge-all': () => {
      const count = unread().length
      alerts = alerts.map(acknowledge)
      return jsonResponse(200, { count })
    },
  }
}

const item = (title: string) => screen.getByRole('article', { name: title })

describe('AlertsPage', () => {
  it('shows each alert with its severity, message, time, links and delivery per channel, unread ones marked', async () => {
    mockApi(signedInRoutes(inboxRoutes([syncFailed, budgetWarning, anomaly])))
    renderAppAt('/alerts')

    await screen.findByRole('article', { name: 'Sync of OpenAI failed' })
    const titles = within(screen.getByRole('region', { name: 'Alerts inbox' }))
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent)
    expect(titles).toEqual(['Sync of OpenAI failed', 'Budget Platform at 80%', 'Spend spike on gpt-4.1'])

    const failed = item('Sync of OpenAI failed')
    expect(within(failed).getByText('critical')).toBeVisible()
    expect(within(failed).getByText('Unread')).toBeVisible()
    expect(failed).toHaveClass('unread')
    expect(within(failed).getByText('Sync of OpenAI failed: details')).toBeVisible()
    expect(within(failed).getByText(/Provider sync failure/)).toBeVisible()
    expect(within(failed).getByRole('link', { name: 'Open the provider connection' })).toHaveAttribute('href', '/settings/providers')
    const deliveries = within(within(failed).getByRole('list', { name: 'Deliveries' })).getAllByRole('listitem')
    expect(deliveries.map((d) => d.textContent)).toEqual([
      expect.stringMatching(/^#ops \(slack\) Sent/),
      expect.stringMatching(/^Finance \(email\) Retrying 2 attempts · SMTP busy · next try/),
      '#gone (slack) Failed 1 attempt · channel_not_found',
    ])

    expect(within(item('Budget Platform at 80%')).getByRole('link', { name: 'Open the budget' })).toHaveAttribute('href', '/budgets')
    expect(within(item('Budget Platform at 80%')).getByText(/Only in this inbox/i)).toBeVisible()
    const read = item('Spend spike on gpt-4.1')
    expect(within(read).getByRole('link', { name: 'Open the anomaly' })).toHaveAttribute('href', '/anomalies')
    expect(read).not.toHaveClass('unread')
    expect(within(read).queryByText('Unread')).toBeNull()
    expect(within(read).queryByRole('button', { name: 'Acknowledge' })).toBeNull()
    expect(within(read).getByText(/^Acknowledged /)).toBeVisible()
  })

  it('keeps the unread and type filters in the URL and asks the API for them', async () => {
    const fetch = mockApi(signedInRoutes(inboxRoutes([syncFailed, budgetWarning, anomaly])))
    const router = renderAppAt('/alerts?type=anomaly')
    const user = userEvent.setup()

    expect(await screen.findByRole('article', { name: 'Spend spike on gpt-4.1' })).toBeVisible()
    expect(screen.getByLabelText('Type')).toHaveValue('anomaly')
    expect(queriesTo(fetch, 'GET /v1/alerts').at(-1)?.get('type')).toBe('anomaly')

    await user.selectOptions(screen.getByLabelText('Show'), 'unread')
    expect(router.state.location.search).toBe('?type=anomaly&show=unread')
    expect(await screen.findByText('No alerts match these filters.')).toBeVisible()
    const last = queriesTo(fetch, 'GET /v1/alerts').at(-1)!
    expect([last.get('unread'), last.get('type')]).toEqual(['true', 'anomaly'])

    await user.selectOptions(screen.getByLabelText('Type'), 'all')
    expect(router.state.location.search).toBe('?show=unread')
    expect(await screen.findByRole('article', { name: 'Budget Platform at 80%' })).toBeVisible()
    expect(screen.queryByRole('article', { name: 'Spend spike on gpt-4.1' })).toBeNull()
  })

  it('acknowledges one alert, then all, and the list and the bell follow', async () => {
    const fetch = mockApi(signedInRoutes(inboxRoutes([syncFailed, budgetWarning, anomaly])))
    renderAppAt('/alerts?show=unread')
    const user = userEvent.setup()

    expect(await screen.findByRole('link', { name: 'Alerts, 2 unread' })).toBeVisible()
    await screen.findByRole('article', { name: 'Budget Platform at 80%' })
    await user.click(within(item('Budget Platform at 80%')).getByRole('button', { name: 'Acknowledge' }))

    await waitFor(() => expect(screen.queryByRole('article', { name: 'Budget Platform at 80%' })).toBeNull())
    expect(await screen.findByRole('link', { name: 'Alerts, 1 unread' })).toBeVisible()
    expect(requestsTo(fetch, 'POST /v1/alerts/a2/acknowledge')).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Acknowledge all' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Acknowledged 1 alert.')
    expect(await screen.findByRole('link', { name: 'Alerts, 0 unread' })).toBeVisible()
    expect(await screen.findByText('No alerts match these filters.')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Acknowledge all' })).toBeDisabled()
  })

  it('loads older alerts with the cursor the API gave', async () => {
    const fetch = mockApi(signedInRoutes(inboxRoutes([budgetWarning], 'cursor-1')))
    renderAppAt('/alerts')
    const user = userEvent.setup()

    await screen.findByRole('article', { name: 'Budget Platform at 80%' })
    await user.click(screen.getByRole('button', { name: 'Load older alerts' }))

    await waitFor(() => expect(queriesTo(fetch, 'GET /v1/alerts').at(-1)?.get('before')).toBe('cursor-1'))
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load older alerts' })).toBeNull())
  })

  it('says when there are no alerts yet', async () => {
    mockApi(signedInRoutes(inboxRoutes([])))
    renderAppAt('/alerts')

    expect(await screen.findByText(/No alerts yet/)).toBeVisible()
    expect(await screen.findByRole('link', { name: 'Alerts, 0 unread' })).toHaveAttribute('href', '/alerts')
  })
})
