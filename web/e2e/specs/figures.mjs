import { apiAs, createApiKey, formatCount, formatUsd, ingestBatch } from '../support/api.mjs'
import { check, figure, newAccount, overviewShown, signUp } from '../support/app.mjs'

export const name = 'figures'

const run = Date.now().toString(36)
const testEvent = (n) => ({
  externalRequestId: `e2e-figures-${run}-${n}`,
  provider: 'openai',
  model: 'gpt-4o-mini',
  inputTokens: 100 * n,
  outputTokens: 10 * n,
  dataMode: 'test',
})

const formatMs = (ms) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`)
const formatPercent = (ratio) => new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(ratio)

export async function steps(browser) {
  const owner = newAccount('Owner')
  const page = await browser.newPage(await browser.newContext({ viewport: { width: 1440, height: 1000 } }), 'owner')
  const api = apiAs(browser.baseUrl, owner)
  const textOf = async (locator) => (await locator.textContent()).trim()
  const widget = (title) => page.getByRole('article', { name: title, exact: true })

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'the owner loads demo data from the Overview and sees the four new key figures the API answers',
      async () => {
        await page.getByRole('button', { name: 'Try demo data' }).first().click()
        await page.getByRole('status').filter({ hasText: 'Loaded' }).waitFor()
        const overview = await api('GET', '/v1/dashboard/overview?dataMode=demo')
        const strip = page.getByRole('region', { name: 'Key figures' })
        await figure(strip, 'Requests').filter({ hasText: formatCount(overview.requests) }).waitFor()
        const shown = {
          perRequest: await textOf(figure(strip, 'Avg cost per request')),
          latency: await textOf(figure(strip, 'Avg request time (telemetry)')),
          tokens: await textOf(figure(strip, 'Total tokens')),
          efficiency: await textOf(figure(strip, 'Token efficiency')),
        }
        const expected = {
          perRequest: formatUsd(overview.averageCostPerRequestUsd),
          latency: formatMs(overview.averageLatencyMs),
          tokens: formatCount(overview.totalTokens),
          efficiency: formatPercent(overview.tokenEfficiency),
        }
        check(overview.totalTokens > 0 && overview.averageLatencyMs > 0, `the API has no figures: ${JSON.stringify(overview)}`)
        check(JSON.stringify(shown) === JSON.stringify(expected), `shown ${JSON.stringify(shown)}, API ${JSON.stringify(expected)}`)
      },
    ],
    [
      'the last row of Cost per model can be seen',
      async () => {
        const table = widget('Cost per model').getByRole('table', { name: 'Cost per model' })
        const last = table.getByRole('row').last()
        await last.waitFor()
        const { models } = await api('GET', '/v1/dashboard/cost-per-model?dataMode=demo')
        check((await table.getByRole('row').count()) === models.length + 1, `the table has not every one of ${models.length} models`)
        const region = widget('Cost per model').getByRole('region')
        const overflow = await region.evaluate((body) => body.scrollHeight > body.clientHeight)
        const shadow = await region.evaluate((body) => getComputedStyle(body).backgroundImage)
        check(!overflow || shadow.includes('gradient'), 'the widget hides rows without a cue that it scrolls')
        await last.scrollIntoViewIfNeeded()
        const body = await region.boundingBox()
        const row = await last.boundingBox()
        check(row.y >= body.y - 1 && row.y + row.height <= body.y + body.height + 1, `last row ${JSON.stringify(row)} outside ${JSON.stringify(body)}`)
      },
    ],
    [
      'Spend over time labels each axis tick once',
      async () => {
        const tick = widget('Spend over time').locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
        await tick.first().waitFor()
        const ticks = await tick.allTextContents()
        check(ticks.length >= 2, `the axis has ${ticks.length} ticks`)
        check(new Set(ticks).size === ticks.length, `repeated ticks: ${ticks.join(' ')}`)
      },
    ],
    [
      'the evolution and contribution widgets are added and show data',
      async () => {
        const add = page.getByLabel('Add widget')
        await add.selectOption({ label: 'Cost per request and latency' })
        await add.selectOption({ label: 'Cost by feature and model' })
        await page.getByRole('status').filter({ hasText: 'Layout saved' }).waitFor()

        const series = await api('GET', '/v1/dashboard/spend-over-time?dataMode=demo&interval=day')
        const spend = series.points.reduce((sum, p) => sum + p.spendUsd, 0)
        const requests = series.points.reduce((sum, p) => sum + p.requests, 0)
        const evolution = widget('Cost per request and latency')
        const perRequest = await textOf(figure(evolution, 'Avg cost per request'))
        check(perRequest === formatUsd(spend / requests), `evolution shows ${perRequest}, API ${formatUsd(spend / requests)}`)
        await evolution.getByRole('img', { name: 'Average cost per request by day' }).locator('.recharts-line').first().waitFor()
        await evolution.getByRole('img', { name: 'Average latency by day' }).locator('.recharts-line').first().waitFor()

        const explorer = await api('GET', '/v1/usage/explorer?dataMode=demo&groupBy=endpointTag&thenBy=model')
        const table = widget('Cost by feature and model').getByRole('table', { name: 'Cost by feature and model' })
        await table.getByRole('row').nth(1).waitFor()
        check((await table.getByRole('row').count()) === explorer.rows.length + 1, `the contribution table misses rows of ${explorer.rows.length}`)
        const top = await table.getByRole('row').nth(1).allTextContents()
        const first = explorer.rows[0]
        check(top[0].startsWith(`${first.key}${first.subKey}${formatUsd(first.spendUsd)}`), `first row ${top[0]}, API ${JSON.stringify(first)}`)

        const saved = (await api('GET', '/v1/dashboards'))[0].widgets.map((w) => w.type)
        check(saved.includes('cost_evolution') && saved.includes('cost_contribution'), `saved widgets ${saved}`)
      },
    ],
    [
      'the explorer groups by workflow and by cache outcome with readable labels',
      async () => {
        await page.goto('/usage?dataMode=demo')
        await page.getByRole('heading', { level: 1 }).waitFor()
        await page.getByLabel('Group by', { exact: true }).selectOption({ label: 'Workflow' })
        const table = page.getByRole('table', { name: 'Usage by workflow' })
        const byWorkflow = await api('GET', '/v1/usage/explorer?dataMode=demo&groupBy=workflow')
        const labels = byWorkflow.rows.map((r) => r.label)
        check(labels.includes('support-ticket') && labels.includes('onboarding-email'), `workflows ${labels}`)
        for (const label of labels) await table.getByRole('rowheader', { name: label, exact: true }).waitFor()

        await page.getByLabel('Group by', { exact: true }).selectOption({ label: 'Cache outcome' })
        const outcomes = page.getByRole('table', { name: 'Usage by cache outcome' })
        for (const label of ['Cached read', 'Uncached']) await outcomes.getByRole('rowheader', { name: label, exact: true }).waitFor()
      },
    ],
    [
      'Clear my test data removes the test calls the owner sent, after a confirmation',
      async () => {
        await ingestBatch(browser.baseUrl, await createApiKey(api, 'E2E figures'), [1, 2, 3].map(testEvent))
        check((await api('GET', '/v1/dashboard/overview?dataMode=test')).requests === 3, 'the test calls were not counted')
        await page.goto('/')
        await overviewShown(page)
        await page.getByRole('button', { name: 'Clear my test data' }).click()
        await page.getByRole('group', { name: 'Confirm clearing your test data' }).getByRole('button', { name: 'Yes, clear my test data' }).click()
        await page.getByRole('status').filter({ hasText: 'Deleted 3 test requests of yours.' }).waitFor()
        check((await api('GET', '/v1/dashboard/overview?dataMode=test')).requests === 0, 'test calls are left')
        check((await api('GET', '/v1/dashboard/overview?dataMode=demo')).requests > 0, 'demo calls went too')
        await page.getByRole('link', { name: 'Manage demo data' }).click()
        await page.waitForURL((url) => url.pathname === '/settings/data-hygiene')
      },
    ],
    [
      'the alerts bell is a drawn icon with a name, not an emoji',
      async () => {
        const bell = page.getByRole('link', { name: /^Alerts, \d+ unread$/ })
        check((await bell.locator('svg').count()) === 1, 'the bell has no SVG icon')
        check(!/\p{Extended_Pictographic}/u.test(await bell.textContent()), `the bell holds an emoji: ${await bell.textContent()}`)
        check(((await bell.getAttribute('aria-label')) ?? '').startsWith('Alerts'), 'the bell has no accessible name')
      },
    ],
  ]
}
