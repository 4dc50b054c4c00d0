import { apiAs, createApiKey, formatUsd, ingestBatch } from '../support/api.mjs'
import { expectNoAxeViolations } from '../support/axe.mjs'
import { check, figure, newAccount, openFromSidebar, signUp } from '../support/app.mjs'

export const name = 'drill-downs'

const run = Date.now().toString(36)
const hourMs = 3_600_000
// The last whole hour: anomaly detection looks at it.
const spikeHour = Math.floor(Date.now() / hourMs) * hourMs - hourMs
const user = `e2e-drill-user-${run}`
let sent = 0
// Each call costs $1 on gpt-4o: 200k input × $2.50/M + 50k output × $10/M.
const call = (at, team, extra = {}) => ({
  externalRequestId: `e2e-drill-${run}-${++sent}`,
  provider: 'openai',
  model: 'gpt-4o',
  inputTokens: 200_000,
  outputTokens: 50_000,
  team,
  timestamp: new Date(at).toISOString(),
  ...extra,
})
// Five weeks of steady hours ($2 an hour: one call per team), then an hour in which team search sends ten more calls.
const steady = Array.from({ length: 5 * 7 * 24 }, (_, i) => spikeHour - (i + 1) * hourMs).flatMap((hour) => [
  call(hour + 10 * 60_000, 'search'),
  call(hour + 40 * 60_000, 'support'),
])
const spike = [
  ...Array.from({ length: 11 }, (_, i) => call(spikeHour + (5 + i) * 60_000, 'search', { userId: user })),
  call(spikeHour + 40 * 60_000, 'support'),
]

/** The request log's rows, as the text of each cell. */
const logRows = (page) =>
  page.evaluate(() => [...document.querySelectorAll('.requests-table tbody tr')].map((row) => [...row.cells].map((cell) => cell.textContent)))

const params = (page) => Object.fromEntries(new URL(page.url()).searchParams)

export async function steps(browser) {
  const owner = newAccount('Owner')
  const api = apiAs(browser.baseUrl, owner)
  const page = await browser.newPage(await browser.newContext({ viewport: { width: 1440, height: 900 } }), 'owner')
  const requestsShown = async (count) => {
    await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor()
    await page.locator('.requests-table tbody tr').nth(count - 1).waitFor()
    return logRows(page)
  }
  /** The Cost card reads the explorer's total for the same filters, as the API gives it. */
  const costCardShows = async (usd) => {
    const card = figure(page.getByRole('main'), 'Cost')
    await card.filter({ hasText: formatUsd(usd) }).waitFor()
    check((await card.textContent()) === formatUsd(usd), `the Cost card reads ${await card.textContent()}, not ${formatUsd(usd)}`)
  }
  const explorerTotal = async (query) => {
    const explorer = await api('GET', `/v1/usage/explorer?${query}`)
    return explorer.rows.reduce((sum, row) => sum + row.spendUsd, 0) + (explorer.rest?.spendUsd ?? 0)
  }
  let budgetId

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'five weeks of steady calls and a spike in the last hour make an anomaly',
      async () => {
        const key = await createApiKey(api, 'E2E drill-downs')
        const events = [...steady, ...spike]
        for (let i = 0; i < events.length; i += 1000) await ingestBatch(browser.baseUrl, key, events.slice(i, i + 1000))
        const { created } = await api('POST', '/v1/anomalies/detect')
        check(created && created.scopeKind === 'organization', `no anomaly for the spike: ${JSON.stringify(created)}`)
      },
    ],
    [
      'anomaly → Investigate spike in Usage: the explorer for the day of the spike',
      async () => {
        await openFromSidebar(page, 'Anomalies')
        await page.getByRole('link', { name: 'Investigate spike of All spend in Usage' }).click()
        await page.getByRole('heading', { level: 1, name: 'Usage' }).waitFor()
        const day = new Date(spikeHour).toISOString().slice(0, 10)
        const { range, from, to } = params(page)
        check(range === 'custom' && from === day && to === day, `the Usage range is not the spike's day: ${page.url()}`)
        await page.getByRole('table', { name: 'Usage by provider' }).getByRole('rowheader', { name: 'openai' }).waitFor()
        const total = await explorerTotal(`range=custom&from=${day}T00:00:00Z&to=${new Date(Date.parse(day) + 86_400_000).toISOString()}`)
        await costCardShows(total)
      },
    ],
    [
      'anomaly → Investigate spike in Requests: the calls of the spike hour, the window shown as filters',
      async () => {
        await page.goBack()
        await page.getByRole('link', { name: 'Investigate spike of All spend in Requests' }).click()
        const rows = await requestsShown(spike.length)
        check(rows.length === spike.length, `the log shows ${rows.length} calls, not the ${spike.length} of the spike hour`)
        await page.getByRole('button', { name: 'Remove From (UTC) filter' }).waitFor()
        await page.getByRole('button', { name: 'Remove Before (UTC) filter' }).waitFor()
        await expectNoAxeViolations(page, '/requests with the filters of a drill-down')
      },
    ],
    [
      'explorer row → Requests: the log narrowed to that team over the range',
      async () => {
        await page.goto('/usage?range=7d&groupBy=team')
        await page.getByRole('link', { name: 'Requests of search' }).click()
        const rows = await requestsShown(50)
        check(rows.every((cells) => cells[4] === 'search'), `rows of other teams: ${rows.filter((cells) => cells[4] !== 'search').length}`)
        check(params(page).team === 'search' && params(page).range === 'custom', `the filters are not in the URL: ${page.url()}`)
        await page.getByRole('button', { name: 'Remove Team filter' }).waitFor()
      },
    ],
    [
      'budget → Usage: the explorer for its team this month, its figures those of the API',
      async () => {
        const budget = await api('POST', '/v1/budgets', {
          name: `E2E drill budget ${run}`,
          period: 'monthly',
          amountUsd: 5,
          scope: { kind: 'team', value: 'search' },
        })
        budgetId = budget.id
        await api('POST', '/v1/budgets/evaluate')
        await openFromSidebar(page, 'Budgets')
        await page.getByRole('table', { name: 'Budgets' }).getByRole('link', { name: 'Team search' }).click()
        await page.getByRole('heading', { level: 1, name: 'Usage' }).waitFor()
        const { range, team } = params(page)
        check(range === 'mtd' && team === 'search', `the Usage filters are not the budget's: ${page.url()}`)
        await costCardShows(await explorerTotal('range=mtd&team=search'))
      },
    ],
    [
      'the Usage page lists the exceeded budget, linking to its row',
      async () => {
        const notices = page.getByRole('region', { name: 'Budgets to watch' })
        await notices.getByText('Exceeded', { exact: true }).waitFor()
        await expectNoAxeViolations(page, '/usage with its summary and budget notices')
        await notices.getByRole('link', { name: `E2E drill budget ${run}` }).click()
        await page.getByRole('heading', { level: 1, name: 'Budgets' }).waitFor()
        await page.locator(`tr#budget-${budgetId}.selected`).waitFor()
      },
    ],
    [
      'top user → Requests: the calls of that user',
      async () => {
        await page.goto('/usage/users?range=7d')
        await page.getByRole('table', { name: 'Top users by cost' }).getByRole('link', { name: user, exact: true }).click()
        const rows = await requestsShown(11)
        check(rows.length === 11 && rows.every((cells) => cells[5] === user), `the log does not show the user's 11 calls: ${rows.length}`)
        await page.getByRole('button', { name: 'Remove User filter' }).waitFor()
      },
    ],
  ]
}
