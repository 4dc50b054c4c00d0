import { apiAs, createApiKey, formatCount, formatUsd, ingestBatch } from '../support/api.mjs'
import { check, newAccount, openFromSidebar, signUp } from '../support/app.mjs'

export const name = 'requests'

const run = Date.now().toString(36)
const calls = [
  { key: 'alpha', userId: 'alice', model: 'gpt-4o-mini', inputTokens: 1200, outputTokens: 300 },
  { key: 'alpha', userId: 'bob', model: 'gpt-4o', inputTokens: 800, outputTokens: 150 },
  { key: 'alpha', userId: 'alice', model: 'gpt-4o', inputTokens: 2500, outputTokens: 700 },
  { key: 'beta', userId: 'alice', model: 'gpt-4o-mini', inputTokens: 400, outputTokens: 90 },
  { key: 'beta', userId: 'carol', model: 'gpt-4o-mini', inputTokens: 600, outputTokens: 120 },
]
const startedAt = Date.now()
const eventOf = ({ key, ...call }, n) => ({
  ...call,
  externalRequestId: `e2e-requests-${run}-${n}`,
  provider: 'openai',
  endpointTag: `e2e-requests-${n}`,
  timestamp: new Date(startedAt - (n + 1) * 60_000).toISOString(),
})

export async function steps(browser) {
  const owner = newAccount('Owner')
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const api = apiAs(browser.baseUrl, owner)
  const keys = {}
  let shown

  const log = () => page.getByRole('region', { name: 'Latest requests' })
  const drawer = () => page.getByRole('dialog', { name: 'Request details' })
  const fact = (term) => drawer().locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]')
  const factText = async (term) => (await fact(term).textContent()).trim()
  const requestLog = (query) => api('GET', `/v1/requests?${new URLSearchParams(query)}`).then((answer) => answer.items)

  /** Waits until the table lists exactly these requests, in this order, identified by their endpoint tags. */
  const tableShows = async (items) => {
    const tags = items.map((item) => item.endpointTag)
    check(tags.length > 0, 'the API answered no requests to compare with')
    await page
      .waitForFunction(
        (expected) =>
          JSON.stringify(
            [...document.querySelectorAll('[aria-label="Latest requests"] tbody tr td:nth-child(4)')].map((cell) => cell.textContent),
          ) === expected,
        JSON.stringify(tags),
      )
      .catch(async () => {
        const listed = await log().locator('tbody tr td:nth-child(4)').allTextContents()
        throw new Error(`the table lists ${JSON.stringify(listed)}, the API ${JSON.stringify(tags)}`)
      })
  }
  const searchParam = (name) => new URL(page.url()).searchParams.get(name)

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'an application sends calls of three users with two API keys',
      async () => {
        for (const key of ['alpha', 'beta']) keys[key] = { secret: await createApiKey(api, `E2E ${key}`) }
        for (const listed of await api('GET', '/v1/api-keys')) {
          const key = Object.values(keys).find((k) => k.secret.startsWith(listed.prefix) && listed.name.startsWith('E2E '))
          if (key) Object.assign(key, listed)
        }
        check(keys.alpha.id && keys.beta.id, `keys not listed: ${JSON.stringify(keys)}`)
        for (const key of ['alpha', 'beta'])
          await ingestBatch(
            browser.baseUrl,
            keys[key].secret,
            calls.flatMap((call, n) => (call.key === key ? [eventOf(call, n)] : [])),
          )
      },
    ],
    [
      'filtered by one API key, the log lists exactly the calls the API answers for that key',
      async () => {
        await openFromSidebar(page, 'Requests')
        await tableShows(await requestLog({}))
        await page.getByLabel('API key', { exact: true }).selectOption({ label: `E2E alpha (${keys.alpha.prefix}…)` })
        const alphaCalls = await requestLog({ apiKeyId: keys.alpha.id })
        check(alphaCalls.length === 3, `the API answered ${alphaCalls.length} calls of key alpha`)
        await tableShows(alphaCalls)
        check(searchParam('apiKeyId') === keys.alpha.id, `the key is not in the URL: ${page.url()}`)
      },
    ],
    [
      'filtered by user as well, the log lists the calls of that user with that key',
      async () => {
        await page.getByLabel('User', { exact: true }).fill('alice')
        await page.getByLabel('User', { exact: true }).press('Enter')
        shown = await requestLog({ apiKeyId: keys.alpha.id, userId: 'alice' })
        check(shown.length === 2 && shown.every((item) => item.userId === 'alice'), `API: ${JSON.stringify(shown)}`)
        await tableShows(shown)
        check(searchParam('userId') === 'alice', `the user is not in the URL: ${page.url()}`)
      },
    ],
    [
      'a row opens a drawer with the model, tokens and cost the API answers',
      async () => {
        const [newest] = shown
        await log().getByRole('row').nth(1).getByRole('button').click()
        await drawer().getByText(newest.externalRequestId).waitFor()
        const detail = await api('GET', `/v1/requests/${newest.id}`)
        const expected = {
          Model: detail.request.model,
          'Input tokens': formatCount(detail.request.inputTokens),
          'Output tokens': formatCount(detail.request.outputTokens),
          'Total tokens': formatCount(detail.totalTokens),
          Cost: formatUsd(detail.request.costUsd),
          User: 'alice',
          'API key': `E2E alpha ${keys.alpha.prefix}…`,
        }
        check(detail.request.priceKnown && detail.request.costUsd > 0, `the call is not priced: ${JSON.stringify(detail)}`)
        for (const [term, value] of Object.entries(expected)) {
          const text = await factText(term)
          check(text === value, `${term}: the drawer shows "${text}", the API ${value}`)
        }
        check(searchParam('request') === newest.id, `the open request is not in the URL: ${page.url()}`)
      },
    ],
    [
      'after a reload the drawer is open on the same request and the filters still apply',
      async () => {
        await page.reload()
        await drawer().getByText(shown[0].externalRequestId).waitFor()
        check((await factText('Model')) === shown[0].model, `model ${await factText('Model')}`)
        await tableShows(shown)
        const selectedKey = await page.getByLabel('API key', { exact: true }).inputValue()
        check(selectedKey === keys.alpha.id, `the API key filter is ${selectedKey}`)
        const user = await page.getByLabel('User', { exact: true }).inputValue()
        check(user === 'alice', `the user filter is ${user}`)
      },
    ],
    [
      'Escape closes the drawer, and Clear filters lists every call again',
      async () => {
        await drawer().waitFor()
        await page.keyboard.press('Escape')
        await drawer().waitFor({ state: 'detached' })
        check(searchParam('request') === null, `the request is still in the URL: ${page.url()}`)
        await page.getByRole('button', { name: 'Clear filters' }).first().click()
        await tableShows(await requestLog({}))
        check(new URL(page.url()).search === '', `filters left in the URL: ${page.url()}`)
      },
    ],
  ]
}
