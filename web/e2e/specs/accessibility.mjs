import { apiAs, createApiKey, ingestBatch } from '../support/api.mjs'
import { check, newAccount, signUp, waitUntil } from '../support/app.mjs'
import { expectNoAxeViolations } from '../support/axe.mjs'

export const name = 'accessibility'

const MOCK_OPENAI_KEY = 'sk-admin-MOCK-VALID-KEY-1234567890'
const SYNC_TIMEOUT_MS = 60_000
const NARROW = { width: 320, height: 800 }

const publicPages = [
  { path: '/login', title: 'Log in' },
  { path: '/signup', title: 'Create your account' },
  { path: '/forgot-password', title: 'Reset your password' },
  { path: '/reset-password', title: 'Choose a new password' },
  { path: '/accept-invitation', title: 'Invitation' },
]
// Every page of the sidebar, by its link; the h1 and the document title say the same.
const sidebarPages = [
  { link: 'Overview', path: '/' },
  { link: 'Usage', path: '/usage' },
  { link: 'Users', path: '/usage/users' },
  { link: 'Requests', path: '/requests' },
  { link: 'Budgets', path: '/budgets' },
  { link: 'Alerts', path: '/alerts' },
  { link: 'Anomalies', path: '/anomalies' },
  { link: 'Recommendations', path: '/recommendations' },
  { link: 'Organization', path: '/settings/organization' },
  { link: 'Providers', path: '/settings/providers' },
  { link: 'API keys', path: '/settings/api-keys' },
  { link: 'Members', path: '/settings/members' },
  { link: 'Notifications', path: '/settings/notifications' },
  { link: 'Teams', path: '/settings/teams' },
  { link: 'Data hygiene', path: '/settings/data-hygiene' },
]
// The Usage views that only the tabs on the Usage pages link to.
const usageViews = [
  { tab: 'Tokens', path: '/usage/tokens' },
  { tab: 'Prompt versions', path: '/usage/prompt-versions' },
  { tab: 'Reconciliation', path: '/usage/reconciliation' },
]
const everyPage = [
  ...sidebarPages.map(({ link, path }) => ({ title: link, path })),
  ...usageViews.map(({ tab, path }) => ({ title: tab, path })),
]

const run = Date.now().toString(36)
const events = [1, 2, 3].map((n) => ({
  externalRequestId: `e2e-a11y-${run}-${n}`,
  provider: 'openai',
  model: n === 3 ? 'gpt-4o' : 'gpt-4o-mini',
  inputTokens: 1000 * n,
  outputTokens: 100 * n,
  latencyMs: 300 * n,
}))

/** What has focus: its tag, id, class, text and accessible role, enough to recognise it in a message. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement
    return {
      tag: el?.tagName.toLowerCase(),
      id: el?.id,
      className: el?.className,
      text: el?.textContent?.trim().slice(0, 60),
      role: el?.getAttribute('role'),
      label: el?.getAttribute('aria-label'),
      inDialog: Boolean(el?.closest('dialog[open]')),
    }
  })

async function expectFocus(page, matches, what) {
  let last
  await waitUntilAsync(async () => matches((last = await focused(page))), () => `${what}; focus is on ${JSON.stringify(last)}`)
}

async function waitUntilAsync(condition, describe, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${describe()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The page's h1 is shown and nothing on it is still loading. */
async function settled(page, title) {
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor()
  await page.waitForLoadState('networkidle').catch(() => {})
  await page
    .waitForFunction(() => !document.querySelector('[aria-busy="true"]') && !/Loading/.test(document.querySelector('main')?.textContent ?? ''))
    .catch(() => {})
}

async function expectOwnTitle(page, title) {
  const shown = await page.title()
  check(shown === `${title} · AIntops`, `the document title is "${shown}" on the page "${title}"`)
}

async function expectSkipLinkFirst(page, where) {
  await page.keyboard.press('Tab')
  await expectFocus(page, (f) => f.className === 'skip-link' && f.text === 'Skip to content', `${where}: the first Tab stop is not the skip link`)
  const box = await page.locator('.skip-link').boundingBox()
  check(box && box.y >= 0 && box.height > 0, `${where}: the focused skip link is not visible (${JSON.stringify(box)})`)
  await page.keyboard.press('Enter')
  await expectFocus(page, (f) => f.id === 'main-content', `${where}: the skip link does not move focus to the main content`)
}

async function expectNoHorizontalScroll(page, where) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  return width <= NARROW.width ? [] : [`${where} is ${width} px wide`]
}

export async function steps(browser) {
  const mockUrl = process.env.E2E_MOCK_URL?.replace(/\/+$/, '')
  check(mockUrl, 'E2E_MOCK_URL is not set: start the mock provider server (src/MockProviders) and pass its URL')
  const owner = newAccount('Owner')
  const api = apiAs(browser.baseUrl, owner)
  const visitor = await browser.newPage(await browser.newContext(), 'visitor')
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const narrow = await browser.newPage(await browser.newContext({ viewport: NARROW }), 'narrow')
  const sidebar = (p) => p.getByRole('navigation', { name: 'Main' })
  const budgetName = `E2E a11y budget ${run}`
  const budgetRow = () => page.getByRole('row').filter({ has: page.getByRole('cell', { name: budgetName, exact: true }) })

  return [
    [
      'each public page has its own title, the skip link first and no axe violations',
      async () => {
        for (const { path, title } of publicPages) {
          await visitor.goto(path)
          await settled(visitor, title)
          await expectOwnTitle(visitor, title)
          await expectNoAxeViolations(visitor, path)
          await expectSkipLinkFirst(visitor, path)
        }
      },
    ],
    [
      'a failed sign-in moves focus to the error',
      async () => {
        await visitor.goto('/login')
        await visitor.getByLabel('Email', { exact: true }).fill('nobody@example.test')
        await visitor.getByLabel('Password', { exact: true }).fill('not-the-password')
        await visitor.getByRole('button', { name: 'Log in' }).click()
        await visitor.getByRole('alert').waitFor()
        await expectFocus(visitor, (f) => f.role === 'alert', 'the sign-in error does not have focus')
        await expectNoAxeViolations(visitor, '/login with an error')
      },
    ],
    ['the owner signs up', () => signUp(page, owner)],
    [
      'a signup refused for a taken email moves focus to the error',
      async () => {
        await visitor.goto('/signup')
        await visitor.getByLabel('Name', { exact: true }).fill(owner.name)
        await visitor.getByLabel('Email', { exact: true }).fill(owner.email)
        await visitor.getByLabel('Password', { exact: true }).fill(owner.password)
        await visitor.getByLabel('Organization name', { exact: true }).fill(owner.organization)
        await visitor.getByRole('button', { name: 'Create account' }).click()
        await visitor.getByRole('alert').waitFor()
        await expectFocus(visitor, (f) => f.role === 'alert', 'the signup error does not have focus')
        await expectNoAxeViolations(visitor, '/signup with an error')
      },
    ],
    [
      'the mock OpenAI is connected and synced, and an application sends calls, so every chart has data',
      async () => {
        await api('POST', '/v1/providers', { provider: 'openai', credentials: MOCK_OPENAI_KEY, base_url: `${mockUrl}/v1` })
        await ingestBatch(browser.baseUrl, await createApiKey(api, 'E2E accessibility'), events)
        let providers = []
        await waitUntilAsync(
          async () => {
            providers = await api('GET', '/v1/providers')
            return providers.length === 1 && providers[0].lastSuccessAt && !providers[0].backfilling
          },
          () => `the provider has not synced: ${JSON.stringify(providers)}`,
          SYNC_TIMEOUT_MS,
        )
      },
    ],
    [
      'every page has its own title, the skip link first and no axe violations',
      async () => {
        for (const { path, title } of everyPage) {
          await page.goto(path)
          await settled(page, title)
          await expectOwnTitle(page, title)
          await expectNoAxeViolations(page, path)
          await expectSkipLinkFirst(page, path)
        }
      },
    ],
    [
      'following a sidebar link or a Usage tab moves focus to the new page’s h1 and names the document after it',
      async () => {
        await page.goto('/settings/data-hygiene')
        await settled(page, 'Data hygiene')
        for (const { link } of sidebarPages) {
          await sidebar(page).getByRole('link', { name: link, exact: true }).click()
          await settled(page, link)
          await expectFocus(page, (f) => f.tag === 'h1' && f.text === link, `after following "${link}" its h1 does not have focus`)
          await expectOwnTitle(page, link)
        }
        await sidebar(page).getByRole('link', { name: 'Usage', exact: true }).click()
        for (const { tab } of usageViews) {
          await page.getByRole('navigation', { name: 'Usage views' }).getByRole('link', { name: tab, exact: true }).click()
          await settled(page, tab)
          await expectFocus(page, (f) => f.tag === 'h1' && f.text === tab, `after the "${tab}" tab its h1 does not have focus`)
          await expectOwnTitle(page, tab)
        }
      },
    ],
    [
      'the request drawer keeps focus inside, has no axe violations, and Escape closes it and gives focus back to its row',
      async () => {
        await sidebar(page).getByRole('link', { name: 'Requests', exact: true }).click()
        await settled(page, 'Requests')
        const opener = page.getByRole('region', { name: 'Latest requests' }).getByRole('button').first()
        await opener.click()
        const drawer = page.getByRole('dialog', { name: 'Request details' })
        await drawer.getByText(/^e2e-a11y-/).waitFor()
        await expectFocus(page, (f) => f.inDialog, 'the drawer does not have focus when it opens')
        // Past the drawer's last control the browser may take focus to its own toolbar (the body then has it), never the page.
        for (let n = 0; n < 6; n++) {
          await page.keyboard.press('Tab')
          await expectFocus(page, (f) => f.inDialog || f.tag === 'body', `Tab ${n + 1} reached the page behind the open drawer`)
        }
        await expectNoAxeViolations(page, '/requests with the drawer open')
        await page.keyboard.press('Escape')
        await drawer.waitFor({ state: 'detached' })
        check(await opener.evaluate((el) => el === document.activeElement), `focus is on ${JSON.stringify(await focused(page))}, not the row`)
      },
    ],
    [
      'the user menu closes with Escape and gives focus back to its button',
      async () => {
        const button = page.getByRole('banner').getByRole('button', { name: owner.name })
        await button.click()
        await page.getByRole('button', { name: 'Log out' }).waitFor()
        await page.getByRole('button', { name: 'Log out' }).focus()
        await page.keyboard.press('Escape')
        await page.getByRole('button', { name: 'Log out' }).waitFor({ state: 'detached' })
        check((await button.getAttribute('aria-expanded')) === 'false', 'the user menu still says it is expanded')
        check(await button.evaluate((el) => el === document.activeElement), `focus is on ${JSON.stringify(await focused(page))}`)
      },
    ],
    [
      'on Budgets focus follows adding, editing, cancelling, evaluating and deleting',
      async () => {
        await sidebar(page).getByRole('link', { name: 'Budgets', exact: true }).click()
        await settled(page, 'Budgets')
        const form = page.getByRole('form', { name: 'New budget' })
        await form.getByLabel('Name').fill(budgetName)
        await form.getByLabel('Amount (USD)').fill('100')
        await form.getByRole('button', { name: 'Add budget' }).click()
        await budgetRow().waitFor()
        await expectFocus(page, (f) => f.label === 'Budget list', 'after adding, the budget list does not have focus')

        await budgetRow().getByRole('button', { name: 'Edit' }).click()
        await expectFocus(page, (f) => f.tag === 'input', 'the edit form’s first field does not have focus')
        await page.getByRole('form', { name: `Edit ${budgetName}` }).getByRole('button', { name: 'Cancel' }).click()
        await expectFocus(page, (f) => f.text === 'Edit', 'after Cancel the Edit button does not have focus')

        await page.getByRole('button', { name: 'Evaluate now' }).click()
        await page.getByRole('button', { name: 'Evaluate now' }).waitFor()
        await expectFocus(page, (f) => f.text === 'Evaluate now', 'after "Evaluate now" its button does not have focus')

        await budgetRow().getByRole('button', { name: 'Delete' }).click()
        await expectFocus(page, (f) => f.text === 'Cancel', 'the delete question’s Cancel does not have focus')
        await page.getByRole('group', { name: `Confirm deleting ${budgetName}` }).getByRole('button', { name: 'Yes, delete' }).click()
        await budgetRow().waitFor({ state: 'detached' })
        await expectFocus(page, (f) => f.label === 'Budget list', 'after deleting, the budget list does not have focus')
        await expectNoAxeViolations(page, '/budgets after the budget is deleted')
      },
    ],
    [
      'at 320 px wide no page scrolls sideways',
      async () => {
        const tooWide = []
        for (const { path, title } of publicPages) {
          await narrow.goto(path)
          await settled(narrow, title)
          tooWide.push(...(await expectNoHorizontalScroll(narrow, path)))
        }
        await signInAt(narrow, owner)
        for (const { path, title } of everyPage) {
          await narrow.goto(path)
          await settled(narrow, title)
          tooWide.push(...(await expectNoHorizontalScroll(narrow, path)))
        }
        check(tooWide.length === 0, `at ${NARROW.width} px: ${tooWide.join('; ')}`)
      },
    ],
    [
      'at 320 px the Menu button opens the navigation, and a link followed closes it',
      async () => {
        await narrow.goto('/')
        await settled(narrow, 'Overview')
        const menu = narrow.getByRole('button', { name: 'Menu' })
        check(!(await sidebar(narrow).isVisible()), 'the navigation shows before the Menu button is pressed')
        check((await menu.getAttribute('aria-expanded')) === 'false', 'the Menu button says it is expanded')
        await menu.click()
        check((await menu.getAttribute('aria-expanded')) === 'true', 'the Menu button does not say it is expanded')
        await sidebar(narrow).getByRole('link', { name: 'Budgets', exact: true }).click()
        await settled(narrow, 'Budgets')
        await expectFocus(narrow, (f) => f.tag === 'h1' && f.text === 'Budgets', 'the Budgets h1 does not have focus')
        check(!(await sidebar(narrow).isVisible()), 'the navigation stays open after a link is followed')
        await expectNoAxeViolations(narrow, '/budgets at 320 px')
      },
    ],
    [
      'with demo data loaded, its banner and badges on the Overview and the request log have no axe violations',
      async () => {
        await api('POST', '/v1/ingest/demo')
        await page.goto('/')
        await settled(page, 'Overview')
        await expectNoAxeViolations(page, '/ with demo data')
        await page.goto('/requests?dataMode=all')
        await settled(page, 'Requests')
        await page.getByRole('region', { name: 'Latest requests' }).getByText('demo', { exact: true }).first().waitFor()
        await expectNoAxeViolations(page, '/requests with demo rows')
      },
    ],
    [
      'the browser reported no Content Security Policy violation',
      () => {
        const violations = browser.log.filter((line) => /Content Security Policy/i.test(line))
        check(violations.length === 0, violations.join('\n'))
      },
    ],
  ]
}

async function signInAt(page, account) {
  await page.goto('/login')
  await page.getByLabel('Email', { exact: true }).fill(account.email)
  await page.getByLabel('Password', { exact: true }).fill(account.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await waitUntil(() => new URL(page.url()).pathname === '/', () => `still at ${page.url()}`)
}
