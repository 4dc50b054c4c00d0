import { apiAs, createApiKey, formatCount, formatUsd, ingestBatch } from '../support/api.mjs'
import { check, newAccount, openFromSidebar, signUp } from '../support/app.mjs'

export const name = 'usage-explorer'

const run = Date.now().toString(36)
const event = (n, team) => ({
  externalRequestId: `e2e-explorer-${run}-${n}`,
  provider: 'openai',
  model: 'gpt-4o-mini',
  inputTokens: 1500 * n,
  outputTokens: 300 * n,
  ...(team ? { team } : {}),
})

export async function steps(browser) {
  const owner = newAccount('Owner')
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const api = apiAs(browser.baseUrl, owner)
  const table = () => page.getByRole('table', { name: 'Usage by team' })
  const rowOf = (label) => table().getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'an application sends events for a team and without one',
      async () => {
        const events = [event(1, 'e2e-search'), event(2), event(3), event(4, 'e2e-search'), event(5)]
        await ingestBatch(browser.baseUrl, await createApiKey(api, 'E2E explorer'), events)
      },
    ],
    [
      'Usage grouped by team shows a No team row with the API figures',
      async () => {
        await openFromSidebar(page, 'Usage')
        await page.getByLabel('Group by', { exact: true }).selectOption({ label: 'Team' })
        await rowOf('No team').waitFor()
        check(new URL(page.url()).searchParams.get('groupBy') === 'team', `groupBy is not in the URL: ${page.url()}`)

        const { rows } = await api('GET', '/v1/usage/explorer?groupBy=team')
        for (const label of ['No team', 'e2e-search']) {
          const expected = rows.find((r) => r.label === label)
          check(expected, `the API has no ${label} row: ${JSON.stringify(rows)}`)
          const [cost, , requests, , , , tokens] = await rowOf(label).getByRole('cell').allTextContents()
          const want = [formatUsd(expected.spendUsd), formatCount(expected.requests), formatCount(expected.totalTokens)]
          check(
            JSON.stringify([cost, requests, tokens]) === JSON.stringify(want),
            `${label} shows ${[cost, requests, tokens]}, API ${want}`,
          )
        }
        check(rows.find((r) => r.label === 'No team').requests === 3, 'the API counts the No team requests wrong')
      },
    ],
    [
      'the grouping survives a reload',
      async () => {
        await page.reload()
        await rowOf('No team').waitFor()
        check((await page.getByLabel('Group by', { exact: true }).inputValue()) === 'team', 'Group by is not Team')
      },
    ],
  ]
}
