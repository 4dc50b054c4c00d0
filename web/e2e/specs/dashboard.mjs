import { apiAs, createApiKey, formatCount, formatUsd, ingestBatch } from '../support/api.mjs'
import { check, figure, newAccount, overviewShown, signUp } from '../support/app.mjs'

export const name = 'dashboard'

const run = Date.now().toString(36)
const event = (n, model, extra = {}) => ({
  externalRequestId: `e2e-dashboard-${run}-${n}`,
  provider: 'openai',
  model,
  inputTokens: 1000 * n,
  outputTokens: 100 * n,
  latencyMs: 200 * n,
  ...extra,
})
const events = [
  event(1, 'gpt-4o-mini'),
  event(2, 'gpt-4o-mini'),
  event(3, 'gpt-4o', { status: 'error', errorCode: 'rate_limited' }),
  event(4, 'gpt-4o'),
  event(5, 'gpt-4o-mini'),
]

const titles = {
  spend_over_time: 'Spend over time',
  budget_gauge: 'Budget',
  token_consumption: 'Token consumption',
  cost_per_model: 'Cost per model',
}

export async function steps(browser) {
  const owner = newAccount('Owner')
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const api = apiAs(browser.baseUrl, owner)
  let dashboard

  const textOf = async (locator) => (await locator.textContent()).trim()
  const widget = (title) => page.getByRole('article', { name: title, exact: true })
  const boxOf = async (title) => widget(title).boundingBox()

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'an application sends five events with an API key',
      async () => {
        await ingestBatch(browser.baseUrl, await createApiKey(api, 'E2E dashboard'), events)
        const overview = await api('GET', '/v1/dashboard/overview')
        check(overview.requests === events.length, `the API counts ${overview.requests} requests`)
      },
    ],
    [
      'Overview shows the key figures the API answers',
      async () => {
        const overview = await api('GET', '/v1/dashboard/overview')
        await page.reload()
        await overviewShown(page)
        const strip = page.getByRole('region', { name: 'Key figures' })
        await figure(strip, 'Spend in range').waitFor()
        const shown = {
          spend: await textOf(figure(strip, 'Spend in range')),
          requests: await textOf(figure(strip, 'Requests')),
        }
        const expected = { spend: formatUsd(overview.spendUsd), requests: formatCount(overview.requests) }
        check(overview.spendUsd > 0, `the API prices nothing: ${JSON.stringify(overview)}`)
        check(JSON.stringify(shown) === JSON.stringify(expected), `shown ${JSON.stringify(shown)}, API ${JSON.stringify(expected)}`)
        check((await textOf(figure(strip, 'Error rate'))) === '20%', `error rate ${await textOf(figure(strip, 'Error rate'))}`)
      },
    ],
    [
      'the widgets show the spend and the per-model figures of their endpoints',
      async () => {
        const spendOverTime = await api('GET', '/v1/dashboard/spend-over-time?interval=day&splitBy=provider')
        const total = spendOverTime.points.reduce((sum, p) => sum + p.spendUsd, 0)
        const spendShown = await textOf(figure(widget('Spend over time'), 'Total spend'))
        check(spendShown === formatUsd(total), `spend widget shows ${spendShown}, API ${formatUsd(total)}`)

        const { models } = await api('GET', '/v1/dashboard/cost-per-model')
        const table = widget('Cost per model').getByRole('table', { name: 'Cost per model' })
        for (const m of models) {
          const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: m.model }) })
          const cells = await row.getByRole('cell').allTextContents()
          const expected = [formatUsd(m.spendUsd), formatCount(m.requests)]
          check(cells[0] === expected[0] && cells[2] === expected[1], `${m.model}: ${cells} vs API ${expected}`)
        }
        check(models.length === 2, `the API lists ${models.length} models`)
      },
    ],
    [
      'the owner drags the budget widget to the left edge and the layout is saved',
      async () => {
        ;[dashboard] = await api('GET', '/v1/dashboards')
        const before = dashboard.widgets.find((w) => w.type === 'budget_gauge')
        check(before.x === 8 && before.y === 0, `budget starts at ${before.x},${before.y}`)
        const grid = await page.locator('.dashboard-grid').boundingBox()
        const handle = await widget('Budget').getByRole('button', { name: 'Move Budget', exact: true }).boundingBox()
        const start = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 }
        const budget = await boxOf('Budget')
        const left = grid.x + (start.x - budget.x)
        await page.mouse.move(start.x, start.y)
        await page.mouse.down()
        await page.mouse.move(left, start.y + 4, { steps: 20 })
        await page.mouse.up()
        await page.getByRole('status').filter({ hasText: 'Layout saved' }).waitFor()

        dashboard = await api('GET', `/v1/dashboards/${dashboard.id}`)
        const after = dashboard.widgets.find((w) => w.type === 'budget_gauge')
        check(after.x === 0 && after.y === 0, `the API keeps budget at ${after.x},${after.y}`)
      },
    ],
    [
      'after a reload the grid shows the saved layout',
      async () => {
        await page.reload()
        await overviewShown(page)
        await widget('Budget').waitFor()
        const grid = await page.locator('.dashboard-grid').boundingBox()
        const rowPitch = 80 + 16
        const colPitch = (grid.width + 16) / 12
        for (const saved of dashboard.widgets) {
          const title = titles[saved.type]
          const box = await boxOf(title)
          const at = { x: Math.round((box.x - grid.x) / colPitch), y: Math.round((box.y - grid.y) / rowPitch) }
          check(at.x === saved.x && at.y === saved.y, `${title} is at ${at.x},${at.y}; saved at ${saved.x},${saved.y}`)
        }
      },
    ],
  ]
}
