// Actions and checks in AIntops's own terms, shared by the specs.

const PASSWORD = 'e2e-Password-123!'
const MAX_TEST_TOKEN_SECONDS = 60
const run = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
let accounts = 0

export function newAccount(who) {
  const n = ++accounts
  return {
    name: `E2E ${who} ${n}`,
    email: `e2e-${who.toLowerCase()}-${n}-${run}@example.test`,
    password: PASSWORD,
    organization: `E2E Org ${n} ${run}`,
  }
}

export const atPath = (page, path) => page.waitForURL((url) => url.pathname === path)

export function check(condition, message) {
  if (!condition) throw new Error(message)
}

export async function signUp(page, account) {
  await page.goto('/signup')
  await page.getByLabel('Name', { exact: true }).fill(account.name)
  await page.getByLabel('Email', { exact: true }).fill(account.email)
  await page.getByLabel('Password', { exact: true }).fill(account.password)
  await page.getByLabel('Organization name', { exact: true }).fill(account.organization)
  await page.getByRole('button', { name: 'Create account' }).click()
  await atPath(page, '/')
  await overviewShown(page)
}

export const overviewShown = (page) => page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor()

export async function openFromSidebar(page, label, heading = label) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click()
  await page.getByRole('heading', { level: 1, name: heading }).waitFor()
}

/** A figure's value in a region; Playwright does not name definitions by aria-labelledby, so by its term. */
export const figure = (region, label) =>
  region
    .locator('dl > div')
    .filter({ has: region.page().getByRole('term').getByText(label, { exact: true }) })
    .getByRole('definition')

export const memberRow = (page, email) =>
  page.getByRole('row').filter({ has: page.getByRole('cell', { name: email, exact: true }) })

const issuingPaths = /\/v1\/auth\/(signup|login|refresh|switch-organization)$|\/v1\/invitations\/[^/]+\/accept$/

/**
 * Remembers when the newest access token issued to a browser context expires, from the expiresIn
 * of every token response it receives.
 */
export function trackAccessTokens(context) {
  const tracker = { expiresAt: 0, lifetimeSeconds: 0 }
  context.on('response', async (response) => {
    if (!response.ok() || !issuingPaths.test(new URL(response.url()).pathname)) return
    const receivedAt = Date.now()
    const { expiresIn } = await response.json().catch(() => ({}))
    if (typeof expiresIn !== 'number') return
    tracker.lifetimeSeconds = expiresIn
    tracker.expiresAt = Math.max(tracker.expiresAt, receivedAt + expiresIn * 1000)
  })
  return tracker
}

export async function waitForAccessTokenExpiry(tracker) {
  check(tracker.expiresAt > 0, 'no access token was issued to this browser context yet')
  check(
    tracker.lifetimeSeconds <= MAX_TEST_TOKEN_SECONDS,
    `access tokens live ${tracker.lifetimeSeconds} s; start the API with Auth__AccessTokenMinutes=0.1 Auth__ClockSkewSeconds=0`,
  )
  const margin = 1_000
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, tracker.expiresAt - Date.now()) + margin))
}

/** Counts the refresh calls a set of pages make, and what they answered. */
export function countRefreshes(pages) {
  const counter = { requests: 0, statuses: [], tokens: [] }
  for (const page of pages) {
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/v1/auth/refresh') counter.requests++
    })
    page.on('response', async (response) => {
      if (new URL(response.url()).pathname !== '/v1/auth/refresh') return
      counter.statuses.push(response.status())
      const body = await response.json().catch(() => ({}))
      if (body.refreshToken) counter.tokens.push(body.refreshToken)
    })
  }
  return counter
}

/**
 * Reloads the page until <locator> shows: for state the API saves a moment after an outside party (a webhook receiver) saw
 * its effect, which a page loaded in between would never show.
 */
export async function reloadUntilVisible(page, locator, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    await page.reload()
    try {
      return await locator.waitFor({ timeout: 1_000 })
    } catch (error) {
      if (Date.now() > deadline) throw error
    }
  }
}

/** Waits until the locator matches exactly `expected` elements (a list re-rendering passes through other counts). */
export async function waitForCount(locator, expected, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  let count
  while ((count = await locator.count()) !== expected) {
    if (Date.now() > deadline) throw new Error(`expected ${expected} ${what}, got ${count}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

export async function waitUntil(condition, describe, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${describe()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
