import { apiAs, createApiKey, formatUsd, ingestBatch } from '../support/api.mjs'
import { check, figure, newAccount, openFromSidebar, signUp } from '../support/app.mjs'

export const name = 'recommendations'

const run = Date.now().toString(36)
// Short, successful calls to a premium model: gpt-4o-mini serves them for far less, over $1 a month.
const events = Array.from({ length: 250 }, (_, n) => ({
  externalRequestId: `e2e-recommendations-${run}-${n}`,
  provider: 'openai',
  model: 'gpt-4o',
  endpointTag: 'search',
  inputTokens: 900,
  outputTokens: 400,
  latencyMs: 700,
}))
const title = 'Use gpt-4o-mini instead of gpt-4o on search'

export async function steps(browser) {
  const owner = newAccount('Owner')
  const api = apiAs(browser.baseUrl, owner)
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const list = () => page.getByRole('region', { name: 'Recommendation list' })
  const row = () => page.getByRole('row').filter({ hasText: title })
  let recommendation

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'an application sends 250 short calls to gpt-4o on the search endpoint',
      async () => ingestBatch(browser.baseUrl, await createApiKey(api, 'E2E recommendations'), events),
    ],
    [
      'the Recommendations page has nothing open yet',
      async () => {
        await openFromSidebar(page, 'Recommendations')
        await list().getByText(/^No open recommendations/).waitFor()
        check((await figure(list(), 'Open savings a month').textContent()) === '$0.00', 'the open savings are not $0.00')
      },
    ],
    [
      '"Generate now" lists the cheaper model with its monthly saving and the open total the API answers',
      async () => {
        await page.getByRole('button', { name: 'Generate now' }).click()
        await page.getByRole('status').filter({ hasText: 'Looked at the last 30 days' }).waitFor()
        await row().waitFor()
        const open = await api('GET', '/v1/recommendations')
        recommendation = open.items.find((r) => r.title === title)
        check(recommendation?.type === 'model_downgrade', `the API lists ${JSON.stringify(open.items.map((r) => r.title))}`)
        check(recommendation.monthlySavingUsd >= 1, `the saving is ${recommendation.monthlySavingUsd}`)
        await row().getByRole('cell', { name: `${formatUsd(recommendation.savingUsd)} a month`, exact: true }).waitFor()
        await row().getByRole('cell', { name: 'Cheaper model', exact: true }).waitFor()
        const total = await figure(list(), 'Open savings a month').textContent()
        check(total === formatUsd(open.openMonthlySavingUsd), `the page shows ${total}, the API ${open.openMonthlySavingUsd}`)
      },
    ],
    [
      'its evidence shows the figures the saving was computed from',
      async () => {
        await row().getByRole('button', { name: 'Show evidence' }).click()
        const evidence = page.locator('tr.evidence-row')
        for (const { name: label, value } of recommendation.evidence) {
          const shown = await figure(evidence, label).textContent()
          check(shown === value, `evidence ${label} shows ${shown}, the API ${value}`)
        }
      },
    ],
    [
      'dismissing it takes it off the open list and out of the open total',
      async () => {
        await row().getByRole('button', { name: 'Dismiss' }).click()
        await row().waitFor({ state: 'detached' })
        const open = await api('GET', '/v1/recommendations')
        check(!open.items.some((r) => r.id === recommendation.id), 'the API still lists it open')
        const total = await figure(list(), 'Open savings a month').textContent()
        check(total === formatUsd(open.openMonthlySavingUsd), `the page shows ${total}, the API ${open.openMonthlySavingUsd}`)
      },
    ],
    [
      'the dismissed filter, kept in the URL, shows it dismissed',
      async () => {
        await page.getByLabel('Status').selectOption('dismissed')
        await row().getByText(/^Dismissed /).waitFor()
        check(new URL(page.url()).searchParams.get('status') === 'dismissed', `the filter is not in the URL: ${page.url()}`)
        await page.reload()
        await row().getByRole('button', { name: 'Mark applied' }).waitFor()
        check((await row().getByRole('button', { name: 'Dismiss' }).count()) === 0, 'a dismissed recommendation offers Dismiss')
      },
    ],
  ]
}
