import { apiAs, formatUsd } from '../support/api.mjs'
import { check, figure, newAccount, openFromSidebar, signUp } from '../support/app.mjs'

export const name = 'providers'

const MOCK_OPENAI_KEY = 'sk-admin-MOCK-VALID-KEY-1234567890'
const BACKFILL_TIMEOUT_MS = 60_000

export async function steps(browser) {
  const mockUrl = process.env.E2E_MOCK_URL?.replace(/\/+$/, '')
  check(mockUrl, 'E2E_MOCK_URL is not set: start the mock provider server (src/MockProviders) and pass its URL')
  const owner = newAccount('Owner')
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const api = apiAs(browser.baseUrl, owner)
  const form = () => page.getByRole('region', { name: 'Connect a provider' })
  const table = () => page.getByRole('region', { name: 'Connected providers' })
  const connect = async (key) => {
    await form().getByLabel('Provider').selectOption('openai')
    await form().getByLabel('Admin API key').fill(key)
    await form().getByLabel('Base URL (optional)').fill(`${mockUrl}/v1`)
    await form().getByRole('button', { name: 'Connect' }).click()
  }

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'the empty Overview names the running mock provider, its key and base URL',
      async () => {
        const empty = page.getByRole('region', { name: 'No data in this range yet' })
        await empty.getByText(MOCK_OPENAI_KEY, { exact: true }).waitFor()
        await empty.getByText(`${mockUrl}/v1`, { exact: true }).waitFor()
        await empty.getByRole('button', { name: 'Connect the mock OpenAI' }).waitFor()
      },
    ],
    [
      'a wrong key is refused with the reason shown, and nothing is stored',
      async () => {
        await openFromSidebar(page, 'Providers')
        await connect('sk-admin-WRONG-KEY-0000000000')
        await form().getByRole('alert').filter({ hasText: 'OpenAI refused the key' }).waitFor()
        await page.reload()
        await table().getByText('No provider connected yet.').waitFor()
      },
    ],
    [
      'the mock OpenAI with the mock key is connected and backfills 30 days',
      async () => {
        await connect(MOCK_OPENAI_KEY)
        const row = table().getByRole('row').filter({ has: page.getByRole('cell', { name: 'OpenAI', exact: true }) })
        await row.getByText('••••7890').waitFor()
        await row.getByText('OK', { exact: true }).waitFor({ timeout: BACKFILL_TIMEOUT_MS })
        await row.getByText(/^30 days/).waitFor()
        check((await page.getByText('MOCK-VALID-KEY').count()) === 0, 'the key is shown on the page')
      },
    ],
    [
      'the onboarding checklist ticks "Connect a provider"',
      async () => {
        const checklist = page.getByRole('region', { name: /Get started/ })
        await checklist.getByRole('listitem').filter({ hasText: 'Connect a provider' }).filter({ hasText: '(done)' }).waitFor()
      },
    ],
    [
      'the Overview shows the synced billing, where it comes from and how fresh it is',
      async () => {
        await openFromSidebar(page, 'Overview')
        const overview = await api('GET', '/v1/dashboard/overview')
        check(overview.spendUsd > 0 && overview.sourceNote.providers.length === 1, `the API blends no billing: ${JSON.stringify(overview)}`)
        const strip = page.getByRole('region', { name: 'Key figures' })
        await strip.getByText(/^Billing through .* UTC, telemetry after/).waitFor()
        const spend = await figure(strip, 'Spend in range').textContent()
        check(spend === formatUsd(overview.spendUsd), `Overview shows ${spend}, the API ${formatUsd(overview.spendUsd)}`)
        await page.getByRole('region', { name: 'Provider billing' }).getByText(/billing synced/).waitFor()
        check((await page.getByRole('region', { name: 'No data in this range yet' }).count()) === 0, 'the Overview still says it has no data')
      },
    ],
    [
      'the Anomalies page lists the spikes the first sync found in the history',
      async () => {
        const { total, items } = await api('GET', '/v1/anomalies')
        check(total > 0, 'the first sync found no anomaly in the mock history, which has spikes')
        await openFromSidebar(page, 'Anomalies')
        await page.getByRole('table', { name: 'Anomalies' }).waitFor()
        check(
          (await page.getByRole('table', { name: 'Anomalies' }).getByRole('row').count()) >= Math.min(items.length, 2),
          'the Anomalies table lists fewer anomalies than the API',
        )
      },
    ],
    [
      'Recommendations lists a saving with its dollar figure a month',
      async () => {
        const { items } = await api('GET', '/v1/recommendations')
        const saving = items.find((r) => r.monthlySavingUsd > 0)
        check(saving, `no recommendation with a monthly saving came out of the synced usage: ${JSON.stringify(items)}`)
        await openFromSidebar(page, 'Recommendations')
        await page.getByRole('row').filter({ hasText: saving.title }).getByRole('cell', { name: `${formatUsd(saving.monthlySavingUsd)} a month`, exact: true }).waitFor()
      },
    ],
    [
      "a budget below the spend turns critical, and the Overview's month to date agrees with its budget widget",
      async () => {
        await openFromSidebar(page, 'Budgets')
        const form = page.getByRole('form', { name: 'New budget' })
        await form.getByLabel('Name').fill('Everything')
        await form.getByLabel('Amount (USD)').fill('1')
        await form.getByRole('button', { name: 'Add budget' }).click()
        const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Everything', exact: true }) })
        await row.getByText('Critical', { exact: true }).waitFor()
        await openFromSidebar(page, 'Overview')
        const monthToDate = await figure(page.getByRole('region', { name: 'Key figures' }), 'Month to date').textContent()
        await page.getByRole('list', { name: 'Budgets' }).getByText(`${monthToDate} of $1.00`, { exact: false }).waitFor()
      },
    ],
  ]
}
