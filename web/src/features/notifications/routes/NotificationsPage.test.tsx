import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { bodyOf, mockApi, requestsTo, signedInRoutes } from '@/test/api'
import { jsonResponse, problem } from '@/test/fetch'
import { me } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'
import type { NotificationChannel } from '../api/list-channels'

const allTypes = ['budget_warning', 'budget_critical', 'anomaly', 'recommendation', 'provider_sync_failure', 'weekly_report']

const channel = (id: string, name: string, overrides: Partial<NotificationChannel> = {}): NotificationChannel => ({
  id,
  type: 'slack',
  name,
  enabled: true,
  alertTypes: allTypes,
  maskedWebhookUrl: 'https://hooks.slack.com/…Wx9z',
  recipients: [],
  disabledByFailure: false,
  lastError: null,
  lastErrorAt: null,
  lastDeliveredAt: '2026-12-01T10:00:00Z',
  createdAt: '2026-11-30T10:00:00Z',
  updatedAt: '2026-11-30T10:00:00Z',
  ...overrides,
})

const opsSlack = channel('c1', '#ops')
const row = (name: string) => screen.getByRole('cell', { name }).closest('tr')!
const newChannelForm = () => screen.findByRole('form', { name: 'New channel' })

/** Channels the page lists, and a POST that adds the created one. */
function channelRoutes(initial: NotificationChannel[] = []) {
  let channels = initial
  return {
    'GET /v1/notification-channels': () => jsonResponse(200, channels),
    'POST /v1/notification-channels': (init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Partial<NotificationChannel> & { webhookUrl?: string }
      const created = channel(`c${channels.length + 10}`, body.name!, {
        type: body.type,
        alertTypes: body.alertTypes,
        recipients: body.recipients ?? [],
        maskedWebhookUrl: body.webhookUrl ? 'http://127.0.0.1:9000/…hook' : null,
        lastDeliveredAt: null,
      })
      channels = [...channels, created]
      return jsonResponse(201, body.type === 'webhook' ? { ...created, signingSecret: 'whsec_first' } : created)
    },
  }
}

describe('NotificationsPage', () => {
  it('lists channels with their target, alert types, state and the last delivery error', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/notification-channels': [
          opsSlack,
          channel('c2', 'Finance', {
            type: 'email',
            maskedWebhookUrl: null,
            recipients: ['cfo@example.com', 'ap@example.com'],
            alertTypes: ['budget_warning', 'budget_critical'],
            enabled: false,
          }),
          channel('c3', '#gone', {
            enabled: false,
            disabledByFailure: true,
            lastError: 'channel_not_found',
            lastErrorAt: '2026-12-02T08:00:00Z',
          }),
        ],
      }),
    )
    renderAppAt('/settings/notifications')

    await screen.findByRole('cell', { name: '#ops' })
    expect(within(row('#ops')).getByText('https://hooks.slack.com/…Wx9z')).toBeVisible()
    expect(within(row('#ops')).getByRole('cell', { name: 'All' })).toBeVisible()
    expect(within(row('#ops')).getByText('On')).toBeVisible()
    expect(within(row('Finance')).getByRole('cell', { name: 'cfo@example.com, ap@example.com' })).toBeVisible()
    expect(within(row('Finance')).getByRole('cell', { name: 'Budget warning, Budget critical' })).toBeVisible()
    expect(within(row('Finance')).getByText('Off')).toBeVisible()
    expect(within(row('#gone')).getByText('Disabled after a failure')).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('Switched off after a failed delivery')
    expect(screen.getByRole('alert')).toHaveTextContent('channel_not_found')
  })

  it('shows the API’s field errors beside the fields and keeps what was typed', async () => {
    mockApi(
      signedInRoutes({
        ...channelRoutes(),
        'POST /v1/notification-channels': problem(400, {
          title: 'One or more validation errors occurred.',
          errors: {
            WebhookUrl: ['webhookUrl must use https (plain http only to a host:port listed in Outbound:AllowedPrivateHosts).'],
            'Recipients[1]': ['not an email'],
          },
        }),
      }),
    )
    renderAppAt('/settings/notifications')
    const user = userEvent.setup()

    const form = await newChannelForm()
    await user.type(within(form).getByLabelText('Name'), '#ops')
    await user.type(within(form).getByLabelText('Slack webhook URL'), 'http://hooks.example.com/services/T0/B0/x')
    await user.click(within(form).getByRole('button', { name: 'Add channel' }))

    const url = within(form).getByLabelText('Slack webhook URL')
    await waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'))
    expect(url).toHaveAccessibleDescription(/must use https/)
    expect(url).toHaveValue('http://hooks.example.com/services/T0/B0/x')
    expect(within(form).getByRole('alert')).toHaveTextContent('One or more validation errors occurred.')
    expect(within(form).getByRole('alert')).toHaveTextContent('not an email')
  })

  it('creates a Slack channel with the webhook URL and the chosen alert types', async () => {
    const fetch = mockApi(signedInRoutes(channelRoutes()))
    renderAppAt('/settings/notifications')
    const user = userEvent.setup()

    const form = await newChannelForm()
    expect(await screen.findByText(/No notification channel yet/)).toBeVisible()
    await user.type(within(form).getByLabelText('Name'), '#ops')
    await user.type(within(form).getByLabelText('Slack webhook URL'), 'http://127.0.0.1:9000/hook')
    await user.click(within(form).getByRole('checkbox', { name: 'Recommendation' }))
    await user.click(within(form).getByRole('button', { name: 'Add channel' }))

    expect(await screen.findByRole('cell', { name: '#ops' })).toBeVisible()
    expect(bodyOf(requestsTo(fetch, 'POST /v1/notification-channels')[0])).toEqual({
      type: 'slack',
      name: '#ops',
      webhookUrl: 'http://127.0.0.1:9000/hook',
      alertTypes: ['budget_warning', 'budget_critical', 'anomaly', 'provider_sync_failure', 'weekly_report'],
      enabled: true,
    })
    expect(within(form).getByLabelText('Name')).toHaveValue('')
    expect(within(form).getByRole('checkbox', { name: 'Recommendation' })).toBeChecked()
  })

  it('creates an email channel from recipients typed with commas and new lines', async () => {
    const fetch = mockApi(signedInRoutes(channelRoutes()))
    renderAppAt('/settings/notifications')
    const user = userEvent.setup()

    const form = await newChannelForm()
    await user.selectOptions(within(form).getByLabelText('Kind'), 'email')
    expect(within(form).queryByLabelText('Slack webhook URL')).toBeNull()
    await user.type(within(form).getByLabelText('Name'), 'Finance')
    await user.type(within(form).getByLabelText('Recipients'), 'cfo@example.com, ap@example.com{Enter} ops@example.com{Enter}')
    await user.click(within(form).getByRole('checkbox', { name: 'Enabled' }))
    await user.click(within(form).getByRole('button', { name: 'Add channel' }))

    expect(await screen.findByRole('cell', { name: 'Finance' })).toBeVisible()
    expect(bodyOf(requestsTo(fetch, 'POST /v1/notification-channels')[0])).toEqual({
      type: 'email',
      name: 'Finance',
      recipients: ['cfo@example.com', 'ap@example.com', 'ops@example.com'],
      alertTypes: allTypes,
      enabled: false,
    })
  })

  it('creates a webhook channel and shows its signing secret once, with a copy button', async () => {
    const fetch = mockApi(signedInRoutes(channelRoutes()))
    renderAppAt('/settings/notifications')
    const user = userEvent.setup()

    const form = await newChannelForm()
    await user.selectOptions(within(form).getByLabelText('Kind'), 'webhook')
    expect(within(form).queryByLabelText('Recipients')).toBeNull()
    await user.type(within(form).getByLabelText('Name'), 'Pager')
    await user.type(within(form).getByLabelText('Webhook URL'), 'https://hooks.example.com/aintops')
    await user.click(within(form).getByRole('button', { name: 'Add channel' }))

    const reveal = await screen.findByRole('region', { name: 'Signing secret for Pager' })
    expect(reveal).toHaveTextContent('You will not see it again.')
    expect(within(reveal).getByLabelText('Signing secret')).toHaveValue('whsec_first')
    await user.click(within(reveal).getByRole('button', { name: 'Copy secret' }))
    expect(await navigator.clipboard.readText()).toBe('whsec_first')
    expect(within(reveal).getByRole('button', { name: 'Copied' })).toBeVisible()
    expect(bodyOf(requestsTo(fetch, 'POST /v1/notification-channels')[0])).toEqual({
      type: 'webhook',
      name: 'Pager',
      webhookUrl: 'https://hooks.example.com/aintops',
      alertTypes: allTypes,
      enabled: true,
    })
    expect(within(row('Pager')).getByText('http://127.0.0.1:9000/…hook')).toBeVisible()
    expect(within(row('Pager')).getByRole('cell', { name: 'Webhook' })).toBeVisible()

    await user.click(within(reveal).getByRole('button', { name: 'I have saved it' }))
    expect(screen.queryByText('whsec_first')).toBeNull()
    expect(screen.queryByRole('region', { name: /Signing secret/ })).toBeNull()
  })

  it('rotates a webhook channel’s secret only after confirming, and shows the new one once', async () => {
    const hook = channel('c4', 'Pager', { type: 'webhook', maskedWebhookUrl: 'https://hooks.example.com/…ops1' })
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/notification-channels': [opsSlack, hook],
        'POST /v1/notification-channels/c4/rotate-secret': () => jsonResponse(200, { ...hook, signingSecret: 'whsec_second' }),
      }),
    )
    renderAppAt('/settings/notifications')
    const user = userEvent.setup()

    await screen.findByRole('cell', { name: 'Pager' })
    expect(within(row('#ops')).queryByRole('button', { name: 'Rotate secret' })).toBeNull()
    await user.click(within(row('Pager')).getByRole('button', { name: 'Rotate secret' }))
    const confirm = screen.getByRole('group', { name: 'Confirm rotating the secret of Pager' })
    expect(requestsTo(fetch, 'POST /v1/notification-channels/c4/rotate-secret')).toHaveLength(0)
    await user.click(within(confirm).getByRole('button', { name: 'Yes, rotate' }))

    const reveal = await screen.findByRole('region', { name: 'New signing secret for Pager' })
    expect(within(reveal).getByLabelText('Signing secret')).toHaveValue('whsec_second')
    expect(reveal).toHaveTextContent('signed with this secret only from now on')
    expect(screen.queryByRole('group', { name: /Confirm rotating/ })).toBeNull()
    await user.click(within(reveal).getByRole('button', { name: 'I have saved it' }))
    expect(screen.queryByText('whsec_second')).toBeNull()
  })

  it('sends a test and shows that it was delivered, or why not', async () => {
    let answer = { delivered: true, error: null as string | null, permanent: false }
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/notification-channels': [opsSlack],
        'POST /v1/notification-channels/c1/test': () => jsonResponse(200, answer),
      }),
    )
    renderAppAt('/settings/notifications')
    const user = userEvent.setup()

    await screen.findByRole('cell', { name: '#ops' })
    await user.click(within(row('#ops')).getByRole('button', { name: 'Send test' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Test message delivered to #ops.')

    answer = { delivered: false, error: 'Slack refused the message (channel_not_found).', permanent: true }
    await user.click(within(row('#ops')).getByRole('button', { name: 'Send test' }))
    const failure = await screen.findByRole('alert')
    expect(failure).toHaveTextContent('Test message not delivered to #ops: Slack refused the message (channel_not_found).')
    expect(failure).toHaveTextContent('Fix the channel’s settings before trying again.')
    expect(requestsTo(fetch, 'POST /v1/notification-channels/c1/test')).toHaveLength(2)
  })

  it('changes a channel keeping its webhook when none is typed, and deletes only after confirming', async () => {
    let channels = [opsSlack]
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/notification-channels': () => jsonResponse(200, channels),
        'PUT /v1/notification-channels/c1': (init: RequestInit) => {
          channels = [{ ...opsSlack, ...(JSON.parse(String(init.body)) as Partial<NotificationChannel>) }]
          return jsonResponse(200, channels[0])
        },
        'DELETE /v1/notification-channels/c1': () => {
          channels = []
          return new Response(null, { status: 204 })
        },
      }),
    )
    renderAppAt('/settings/notifications')
    const user = userEvent.setup()

    await screen.findByRole('cell', { name: '#ops' })
    await user.click(within(row('#ops')).getByRole('button', { name: 'Edit' }))
    const edit = screen.getByRole('form', { name: 'Edit #ops' })
    await user.clear(within(edit).getByLabelText('Name'))
    await user.type(within(edit).getByLabelText('Name'), '#alerts')
    await user.click(within(edit).getByRole('checkbox', { name: 'Spend anomaly' }))
    await user.click(within(edit).getByRole('checkbox', { name: 'Enabled' }))
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }))

    expect(await screen.findByRole('cell', { name: '#alerts' })).toBeVisible()
    expect(bodyOf(requestsTo(fetch, 'PUT /v1/notification-channels/c1')[0])).toEqual({
      name: '#alerts',
      enabled: false,
      alertTypes: ['budget_warning', 'budget_critical', 'recommendation', 'provider_sync_failure', 'weekly_report'],
    })
    expect(within(row('#alerts')).getByText('Off')).toBeVisible()

    await user.click(within(row('#alerts')).getByRole('button', { name: 'Delete' }))
    const confirm = screen.getByRole('group', { name: 'Confirm deleting #alerts' })
    expect(requestsTo(fetch, 'DELETE /v1/notification-channels/c1')).toHaveLength(0)
    await user.click(within(confirm).getByRole('button', { name: 'Yes, delete' }))
    expect(await screen.findByText(/No notification channel yet/)).toBeVisible()
  })

  it('shows members the channels without any way to change them', async () => {
    mockApi(signedInRoutes({ 'GET /v1/me': me('member'), 'GET /v1/notification-channels': [opsSlack] }))
    renderAppAt('/settings/notifications')

    await screen.findByRole('cell', { name: '#ops' })
    expect(screen.getByText(/Only owners and admins can add, change, test or delete/)).toBeVisible()
    expect(screen.queryByRole('form', { name: 'New channel' })).toBeNull()
    expect(within(row('#ops')).queryByRole('button')).toBeNull()
  })
})
