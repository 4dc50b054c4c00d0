import { apiAs } from '../support/api.mjs'
import { STEP_TIMEOUT_MS } from '../support/browser.mjs'
import { check, newAccount, openFromSidebar, reloadUntilVisible, signUp, waitUntil } from '../support/app.mjs'
import { DELIVERY_TIMEOUT_MS, mentions, startSlackReceiver } from '../support/slack.mjs'

export const name = 'notifications'

const MOCK_OPENAI_KEY = 'sk-admin-MOCK-VALID-KEY-1234567890'
const SYNC_TIMEOUT_MS = 60_000

export async function steps(browser) {
  const mockUrl = process.env.E2E_MOCK_URL?.replace(/\/+$/, '')
  check(mockUrl, 'E2E_MOCK_URL is not set: start the mock provider server (src/MockProviders) and pass its URL')
  const owner = newAccount('Owner')
  const api = apiAs(browser.baseUrl, owner)
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const slack = await startSlackReceiver()
  const webhookPath = '/services/T0E2E/B0E2E/e2e-secret-path'
  const channelName = '#e2e-alerts'
  const bell = (unread) => page.getByRole('banner').getByRole('link', { name: `Alerts, ${unread} unread` })
  const channelRow = () => page.getByRole('row').filter({ has: page.getByRole('cell', { name: channelName, exact: true }) })
  const faults = (method, rule) =>
    fetch(`${mockUrl}/_mock/faults`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: rule ? JSON.stringify(rule) : undefined,
    })
  let alertTitle

  const waitForSyncOutcome = async (connectionId) => {
    const deadline = Date.now() + SYNC_TIMEOUT_MS
    for (;;) {
      const connection = (await api('GET', '/v1/providers')).find((c) => c.id === connectionId)
      if (!['pending', 'syncing'].includes(connection.status)) return connection
      check(Date.now() < deadline, `the sync of ${connectionId} is still ${connection.status}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }

  // The alert is written just after the failed sync is.
  const waitForAlert = async () => {
    const deadline = Date.now() + STEP_TIMEOUT_MS
    for (;;) {
      const { items } = await api('GET', '/v1/alerts')
      if (items.length > 0) return items[0]
      check(Date.now() < deadline, 'no alert was raised')
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }

  return [
    [
      'the owner signs up and the bell shows no unread alert',
      async () => {
        await signUp(page, owner)
        await bell(0).waitFor()
      },
    ],
    [
      'the inbox is empty',
      async () => {
        await openFromSidebar(page, 'Alerts')
        await page.getByText(/^No alerts yet/).waitFor()
      },
    ],
    [
      'a Slack channel pointing at the local receiver is added, its webhook only masked',
      async () => {
        await openFromSidebar(page, 'Notifications')
        const form = page.getByRole('form', { name: 'New channel' })
        await form.getByLabel('Kind').selectOption('slack')
        await form.getByLabel('Name').fill(channelName)
        await form.getByLabel('Slack webhook URL').fill(`${slack.url}${webhookPath}`)
        await form.getByRole('button', { name: 'Add channel' }).click()
        await channelRow().getByText(`${slack.url}/…path`).waitFor()
        await channelRow().getByText('On', { exact: true }).waitFor()
        check((await page.getByText('e2e-secret').count()) === 0, 'the webhook URL is shown on the page')
      },
    ],
    [
      '"Send test" reaches the receiver and the page says it was delivered',
      async () => {
        await channelRow().getByRole('button', { name: 'Send test' }).click()
        await page.getByRole('status').filter({ hasText: `Test message delivered to ${channelName}.` }).waitFor()
        await waitUntil(
          () => slack.messages.some((m) => m.path === webhookPath && mentions(m, 'Test message from AIntops')),
          () => `the receiver got ${JSON.stringify(slack.messages)}`,
        )
      },
    ],
    [
      'a provider whose key is refused during its sync raises an alert and the bell counts it',
      async () => {
        await faults('DELETE')
        // The key check passes; every later request is refused until the cleanup, so nothing is synced (the hourly sync, whose
        // first run is a minute after the API starts, included) and no other alert can follow.
        const refused = await faults('POST', { provider: 'openai', status: 401, skip: 1 })
        check(refused.ok, `the mock refused the fault rule: ${refused.status}`)
        const connection = await api('POST', '/v1/providers', {
          provider: 'openai',
          credentials: MOCK_OPENAI_KEY,
          baseUrl: `${mockUrl}/v1`,
        })
        const outcome = await waitForSyncOutcome(connection.id)
        check(outcome.lastError, `the sync did not fail: ${JSON.stringify(outcome)}`)
        const alert = await waitForAlert()
        check(alert.type === 'provider_sync_failure', `the alert raised: ${JSON.stringify(alert)}`)
        alertTitle = alert.title
        await page.reload()
        await bell(1).waitFor()
      },
    ],
    [
      'the inbox shows the unread alert with its delivery to the channel',
      async () => {
        await bell(1).click()
        await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor()
        const alert = page.getByRole('article', { name: alertTitle })
        await alert.getByText('Unread', { exact: true }).waitFor()
        await alert.getByRole('link', { name: 'Open the provider connection' }).waitFor()
        await alert.getByRole('list', { name: 'Deliveries' }).getByText(channelName).waitFor()
      },
    ],
    [
      'the delivery job sends the alert to Slack and the inbox shows it sent',
      async () => {
        await waitUntil(
          () => slack.messages.some((m) => mentions(m, alertTitle)),
          () => `the receiver got ${slack.messages.length} messages, none about "${alertTitle}"`,
          DELIVERY_TIMEOUT_MS,
        )
        const deliveries = page.getByRole('article', { name: alertTitle }).getByRole('list', { name: 'Deliveries' })
        await reloadUntilVisible(page, deliveries.getByText('Sent', { exact: true }))
      },
    ],
    [
      'acknowledging the alert marks it read and the bell goes back to 0',
      async () => {
        const alert = page.getByRole('article', { name: alertTitle })
        await alert.getByRole('button', { name: 'Acknowledge' }).click()
        await alert.getByText(/^Acknowledged /).waitFor()
        await bell(0).waitFor()
        check((await alert.getByText('Unread', { exact: true }).count()) === 0, 'the alert is still marked unread')
        await page.getByLabel('Show').selectOption('unread')
        await page.getByText('No alerts match these filters.').waitFor()
        check(new URL(page.url()).searchParams.get('show') === 'unread', `the filter is not in the URL: ${page.url()}`)
      },
    ],
    [
      'the receiver and the fault rules are cleaned up',
      async () => {
        await faults('DELETE')
        await slack.close()
      },
      { always: true },
    ],
  ]
}
