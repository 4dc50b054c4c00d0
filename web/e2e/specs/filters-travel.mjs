import { apiAs, createApiKey, formatCount, ingestBatch } from '../support/api.mjs'
import { check, figure, newAccount, openFromSidebar, signUp } from '../support/app.mjs'

export const name = 'filters-travel'

const run = Date.now().toString(36)
const event = (n, team) => ({
  externalRequestId: `e2e-travel-${run}-${n}`,
  provider: 'openai',
  model: 'gpt-4o-mini',
  endpointTag: `e2e-travel-${team}-${n}`,
  team,
  inputTokens: 1000 * n,
  outputTokens: 100 * n,
})
const shared = { range: '7d', team: 'e2e-search', source: 'telemetry' }

export async function steps(browser) {
  const owner = newAccount('Owner')
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const api = apiAs(browser.baseUrl, owner)
  const searchOf = () => Object.fromEntries(new URL(page.url()).searchParams)
  const sameFilters = (where) => {
    const search = searchOf()
    const carried = Object.fromEntries(Object.keys(shared).map((key) => [key, search[key]]))
    check(JSON.stringify(carried) === JSON.stringify(shared), `${where} has ${page.url()}, expected ${JSON.stringify(shared)}`)
  }

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'an application sends calls of two teams',
      async () => {
        const events = [event(1, 'e2e-search'), event(2, 'e2e-search'), event(3, 'e2e-billing'), event(4, 'e2e-billing'), event(5, 'e2e-billing')]
        await ingestBatch(browser.baseUrl, await createApiKey(api, 'E2E travel'), events)
      },
    ],
    [
      'filters chosen on the Overview narrow its figures to the team',
      async () => {
        await page.reload()
        await page.getByLabel('Range', { exact: true }).selectOption({ label: 'Last 7 days' })
        await page.getByLabel('Source', { exact: true }).selectOption({ label: 'Telemetry' })
        await page.getByLabel('Team', { exact: true }).fill('e2e-search')
        await page.getByLabel('Team', { exact: true }).press('Enter')
        await page.waitForURL((url) => url.searchParams.get('team') === 'e2e-search')
        const overview = await api('GET', `/v1/dashboard/overview?${new URLSearchParams(shared)}`)
        check(overview.requests === 2, `the API counts ${overview.requests} requests of the team`)
        const requests = figure(page.getByRole('region', { name: 'Key figures' }), 'Requests')
        await page.waitForFunction(
          (expected) =>
            [...document.querySelectorAll('[aria-label="Key figures"] dl > div')].some(
              (div) => div.querySelector('dt')?.textContent === 'Requests' && div.querySelector('dd')?.textContent === expected,
            ),
          formatCount(overview.requests),
        )
        check((await requests.textContent()) === '2', `Overview shows ${await requests.textContent()} requests`)
      },
    ],
    [
      'Usage keeps them: the explorer by team lists that team only',
      async () => {
        await openFromSidebar(page, 'Usage')
        sameFilters('Usage')
        check((await page.getByLabel('Team', { exact: true }).inputValue()) === 'e2e-search', 'the Team filter is empty on Usage')
        check((await page.getByLabel('Source', { exact: true }).inputValue()) === 'telemetry', 'the source is not Telemetry on Usage')
        await page.getByLabel('Group by', { exact: true }).selectOption({ label: 'Team' })
        const table = page.getByRole('table', { name: 'Usage by team' })
        await table.getByRole('rowheader', { name: 'e2e-search', exact: true }).waitFor()
        check((await table.getByRole('rowheader', { name: 'e2e-billing', exact: true }).count()) === 0, 'the other team is listed')
      },
    ],
    [
      'Requests lists the team’s calls only, and Users keeps the filters past a page without them',
      async () => {
        await openFromSidebar(page, 'Requests')
        check(searchOf().team === 'e2e-search' && !('groupBy' in searchOf()), `Requests opened with ${page.url()}`)
        const rows = page.getByRole('region', { name: 'Latest requests' }).locator('tbody tr')
        await rows.filter({ hasText: 'e2e-travel-e2e-search-1' }).waitFor()
        await page.waitForFunction(() => document.querySelectorAll('[aria-label="Latest requests"] tbody tr').length === 2)
        check((await rows.filter({ hasText: 'e2e-billing' }).count()) === 0, 'calls of the other team are listed')

        await openFromSidebar(page, 'Budgets')
        await openFromSidebar(page, 'Users')
        sameFilters('Users')
        await page.getByRole('table', { name: 'Spend and requests by user and model' }).getByText('Unknown user').waitFor()
      },
    ],
  ]
}
