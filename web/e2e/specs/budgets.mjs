import { apiAs, createApiKey, formatUsd, ingestBatch } from '../support/api.mjs'
import { check, newAccount, openFromSidebar, reloadUntilVisible, signUp, waitUntil } from '../support/app.mjs'
import { DELIVERY_TIMEOUT_MS, mentions, startSlackReceiver } from '../support/slack.mjs'

export const name = 'budgets'

const run = Date.now().toString(36)
// gpt-4o at 100k input and 10k output tokens: about $0.35 a call, well above the budget below.
const events = [1, 2, 3].map((n) => ({
  externalRequestId: `e2e-budgets-${run}-${n}`,
  provider: 'openai',
  model: 'gpt-4o',
  inputTokens: 100_000,
  outputTokens: 10_000,
  latencyMs: 900,
}))

export async function steps(browser) {
  const owner = newAccount('Owner')
  const api = apiAs(browser.baseUrl, owner)
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const slack = await startSlackReceiver()
  const budgetName = `E2E budget ${run}`
  const channelName = '#e2e-budgets'
  const bell = (unread) => page.getByRole('banner').getByRole('link', { name: `Alerts, ${unread} unread` })
  const budgetRow = () => page.getByRole('row').filter({ has: page.getByRole('cell', { name: budgetName, exact: true }) })
  let spendUsd
  let alertTitle

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'an application sends calls with an API key, so there is spend this month',
      async () => {
        await ingestBatch(browser.baseUrl, await createApiKey(api, 'E2E budgets'), events)
        const overview = await api('GET', '/v1/dashboard/overview')
        check(overview.requests === events.length, `the API counts ${overview.requests} requests`)
      },
    ],
    [
      'a Slack channel points at the local receiver',
      async () => {
        const channel = await api('POST', '/v1/notification-channels', {
          type: 'slack',
          name: channelName,
          webhookUrl: `${slack.url}/services/T0E2E/B0E2E/budgets`,
        })
        check(channel.enabled !== false, `the channel is off: ${JSON.stringify(channel)}`)
      },
    ],
    [
      'a budget below the spend is added on the Budgets page',
      async () => {
        await openFromSidebar(page, 'Budgets')
        const form = page.getByRole('form', { name: 'New budget' })
        await form.getByLabel('Name').fill(budgetName)
        await form.getByLabel('Amount (USD)').fill('0.5')
        await form.getByRole('button', { name: 'Add budget' }).click()
        await budgetRow().getByRole('cell', { name: '$0.50', exact: true }).waitFor()
      },
    ],
    [
      // Adding a budget evaluates it once; "Evaluate now" runs the scheduled job over every budget.
      '"Evaluate now" shows the budget critical with the spend the API measured',
      async () => {
        const evaluated = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/v1/budgets/evaluate'))
        await page.getByRole('button', { name: 'Evaluate now' }).click()
        check((await evaluated).ok(), 'the evaluation was refused')
        await budgetRow().getByText('Critical', { exact: true }).waitFor()
        const budget = (await api('GET', '/v1/budgets')).find((b) => b.name === budgetName)
        check(budget.state === 'critical' && budget.spendUsd > 0.5, `the API answers ${JSON.stringify(budget)}`)
        spendUsd = budget.spendUsd
        await budgetRow().getByRole('cell', { name: formatUsd(spendUsd), exact: true }).waitFor()
      },
    ],
    [
      'the bell counts the budget alert and the inbox shows it with its delivery to the channel',
      async () => {
        const { items } = await api('GET', '/v1/alerts')
        const alert = items.find((a) => a.type === 'budget_critical')
        check(alert?.title.includes(budgetName), `the alerts raised: ${JSON.stringify(items)}`)
        alertTitle = alert.title
        await page.reload()
        await bell(1).click()
        await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor()
        const article = page.getByRole('article', { name: alertTitle })
        await article.getByText('Unread', { exact: true }).waitFor()
        await article.getByText(formatUsd(spendUsd).replace(/,/g, ''), { exact: false }).waitFor()
        await article.getByRole('link', { name: 'Open the budget' }).waitFor()
        await article.getByRole('list', { name: 'Deliveries' }).getByText(channelName).waitFor()
      },
    ],
    [
      'the delivery job sends the alert naming the budget to Slack, and the inbox shows it sent',
      async () => {
        await waitUntil(
          () => slack.messages.some((m) => mentions(m, budgetName)),
          () => `the receiver got ${slack.messages.length} messages, none naming "${budgetName}"`,
          DELIVERY_TIMEOUT_MS,
        )
        const deliveries = page.getByRole('article', { name: alertTitle }).getByRole('list', { name: 'Deliveries' })
        await reloadUntilVisible(page, deliveries.getByText('Sent', { exact: true }))
      },
    ],
    ['the receiver is stopped', () => slack.close(), { always: true }],
  ]
}
