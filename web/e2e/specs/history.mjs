import { apiAs, createApiKey, formatCount, formatUsd, ingestBatch } from '../support/api.mjs'
import { expectNoAxeViolations } from '../support/axe.mjs'
import { check, newAccount, openFromSidebar, signUp, waitForCount } from '../support/app.mjs'

export const name = 'history'

const run = Date.now().toString(36)
const keyName = `E2E history key ${run}`
const userId = `e2e-history-user-${run}`
const events = [1, 2, 3, 4].map((n) => ({
  externalRequestId: `e2e-history-${run}-${n}`,
  provider: 'openai',
  model: 'gpt-4o-mini',
  inputTokens: 2000 * n,
  outputTokens: 400 * n,
  userId,
}))

export async function steps(browser) {
  const owner = newAccount('Owner')
  const api = apiAs(browser.baseUrl, owner)
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const renamed = `E2E history org ${run}`
  const rowWith = (table, name) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) })

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'an API key sends calls for an end user, and the organization is renamed',
      async () => {
        await ingestBatch(browser.baseUrl, await createApiKey(api, keyName), events)
        await api('PATCH', '/v1/organization', { name: renamed })
      },
    ],
    [
      'History shows the rename: who did it, what and when',
      async () => {
        await openFromSidebar(page, 'History')
        check(new URL(page.url()).searchParams.get('view') === null, `the activity view is not the default: ${page.url()}`)
        const row = page.getByRole('table', { name: 'Activity' }).getByRole('row').filter({ hasText: 'Organization updated' }).first()
        await row.waitFor()
        await row.getByRole('cell', { name: owner.email, exact: true }).waitFor()
        await page.getByRole('table', { name: 'Activity' }).getByRole('row').filter({ hasText: 'API key created' }).first().waitFor()
        await expectNoAxeViolations(page, '/history')
      },
    ],
    [
      'the activity type filter is kept in the URL',
      async () => {
        await page.getByLabel('Kind of activity').selectOption({ label: 'Organization updated' })
        await page.waitForURL((url) => url.searchParams.get('type') === 'organization_updated')
        const rows = page.getByRole('table', { name: 'Activity' }).getByRole('row')
        await rows.filter({ hasText: 'Organization updated' }).waitFor()
        await waitForCount(rows, 2, 'rows (the header and one rename)')
      },
    ],
    [
      'the usage view lists the API key and the user with their calls and spend, as the explorer has them',
      async () => {
        await page.getByRole('navigation', { name: 'History views' }).getByRole('link', { name: 'Usage by API key and user' }).click()
        await page.waitForURL((url) => url.searchParams.get('view') === 'usage')
        const [byKey, byUser] = await Promise.all([
          api('GET', '/v1/usage/explorer?groupBy=apiKey'),
          api('GET', '/v1/usage/explorer?groupBy=user'),
        ])
        const keyRow = rowWith(page.getByRole('table', { name: 'Calls by API key' }), keyName)
        await keyRow.waitFor()
        const [keyFigures] = byKey.rows.filter((row) => row.label === keyName)
        await keyRow.getByRole('cell', { name: formatCount(events.length), exact: true }).waitFor()
        await keyRow.getByRole('cell', { name: formatUsd(keyFigures.spendUsd), exact: true }).waitFor()
        const lastSeen = await keyRow.getByRole('cell').nth(2).textContent()
        check(lastSeen && lastSeen !== '—', `the key has no last seen: ${lastSeen}`)
        const userRow = rowWith(page.getByRole('table', { name: 'Calls by user' }), userId)
        const [userFigures] = byUser.rows.filter((row) => row.key === userId)
        await userRow.getByRole('cell', { name: formatUsd(userFigures.spendUsd), exact: true }).waitFor()
        await expectNoAxeViolations(page, '/history?view=usage')
      },
    ],
    [
      'the API key links to its calls in the request log',
      async () => {
        await page.getByRole('link', { name: keyName, exact: true }).click()
        await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor()
        const rows = page.getByRole('region', { name: 'Latest requests' }).locator('tbody tr')
        await rows.nth(events.length - 1).waitFor()
        check((await rows.count()) === events.length, `the log shows ${await rows.count()} calls, not ${events.length}`)
        await page.getByRole('button', { name: 'Remove API key filter' }).waitFor()
      },
    ],
  ]
}
