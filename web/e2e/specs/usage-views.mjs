import { apiAs, createApiKey, formatCount, formatUsd, ingestBatch } from '../support/api.mjs'
import { check, figure, newAccount, openFromSidebar, signUp } from '../support/app.mjs'

export const name = 'usage-views'

const run = Date.now().toString(36)
const event = (n, promptVersion) => ({
  externalRequestId: `e2e-views-${run}-${n}`,
  provider: 'openai',
  model: 'gpt-4o-mini',
  endpointTag: 'e2e-views',
  promptVersion,
  inputTokens: 1000 * n,
  outputTokens: 200 * n,
  latencyMs: 100 * n,
})

export async function steps(browser) {
  const owner = newAccount('Owner')
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const api = apiAs(browser.baseUrl, owner)
  const openTab = async (label) => {
    await page.getByRole('navigation', { name: 'Usage views' }).getByRole('link', { name: label, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: label }).waitFor()
  }
  const rowOf = (table, label) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'an application sends calls of two prompt versions of one endpoint tag',
      async () => {
        const events = [event(1, 'v1'), event(2, 'v1'), event(3, 'v2')]
        await ingestBatch(browser.baseUrl, await createApiKey(api, 'E2E views'), events)
      },
    ],
    [
      'Tokens shows the per-model and per-tag figures the API answers',
      async () => {
        await openFromSidebar(page, 'Usage')
        await openTab('Tokens')
        const { byModel } = await api('GET', '/v1/usage/tokens')
        const [model] = byModel
        await rowOf(page.getByRole('table', { name: 'Tokens by model' }), model.key).waitFor()
        const cells = await rowOf(page.getByRole('table', { name: 'Tokens by model' }), model.key).getByRole('cell').allTextContents()
        check(cells[0] === formatCount(model.requests), `requests ${cells[0]}, API ${model.requests}`)
        check(cells[5] === formatCount(model.totalTokens), `total tokens ${cells[5]}, API ${model.totalTokens}`)
        await rowOf(page.getByRole('table', { name: 'Tokens by endpoint tag' }), 'e2e-views').waitFor()
      },
    ],
    [
      'Prompt versions compares v1 and v2 of the suggested endpoint tag',
      async () => {
        await openTab('Prompt versions')
        await page.getByLabel('Endpoint tag', { exact: true }).fill('e2e-views')
        await page.getByLabel('Endpoint tag', { exact: true }).press('Enter')
        const table = page.getByRole('table', { name: 'Prompt versions of e2e-views' })
        await rowOf(table, 'Requests').waitFor()
        const requests = await rowOf(table, 'Requests').getByRole('cell').allTextContents()
        check(JSON.stringify(requests) === JSON.stringify(['2', '1']), `requests of v1 and v2: ${requests}`)
        const { versions } = await api('GET', '/v1/usage/prompt-versions?endpointTag=e2e-views&versions=v1&versions=v2')
        const costs = await rowOf(table, 'Cost per request').getByRole('cell').allTextContents()
        const want = versions.map((v) => formatUsd(v.costPerRequestUsd))
        check(JSON.stringify(costs) === JSON.stringify(want), `cost per request ${costs}, API ${want}`)
      },
    ],
    [
      'Reconciliation shows the spend attributed to the calls, with nothing billed yet',
      async () => {
        await openTab('Reconciliation')
        const { attributedUsd, billedUsd } = await api('GET', '/v1/usage/reconciliation')
        check(billedUsd === 0 && attributedUsd > 0, `billed ${billedUsd}, attributed ${attributedUsd}`)
        const totals = page.getByRole('region', { name: 'Billed against attributed' })
        const attributed = await figure(totals, 'Attributed to calls').textContent()
        check(attributed === formatUsd(attributedUsd), `attributed ${attributed}, API ${formatUsd(attributedUsd)}`)
        check((await figure(totals, 'Coverage').textContent()) === '—', 'coverage without billing')
      },
    ],
  ]
}
