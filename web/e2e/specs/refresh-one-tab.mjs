import {
  check,
  countRefreshes,
  newAccount,
  openFromSidebar,
  signUp,
  trackAccessTokens,
  waitForAccessTokenExpiry,
  waitUntil,
} from '../support/app.mjs'

export const name = 'refresh-one-tab'

export async function steps(browser) {
  const context = await browser.newContext()
  const tokens = trackAccessTokens(context)
  const page = await browser.newPage(context, 'owner')
  const unauthorized = []
  const retried = []

  return [
    [
      'sign up and open the Members page',
      async () => {
        await signUp(page, newAccount('Owner'))
        await openFromSidebar(page, 'Members')
        await page.getByRole('heading', { name: 'Open invitations' }).waitFor()
        await page.getByText('No open invitations.').waitFor()
      },
    ],
    ['wait until the access token has expired', () => waitForAccessTokenExpiry(tokens)],
    [
      'several requests refused together cause exactly one refresh, then all succeed',
      async () => {
        const refreshes = countRefreshes([page])
        page.on('response', (response) => {
          const path = new URL(response.url()).pathname
          if (!path.startsWith('/v1/') || path.startsWith('/v1/auth/')) return
          if (response.status() === 401) unauthorized.push(path)
          else if (unauthorized.includes(path)) retried.push(`${path} ${response.status()}`)
        })
        // Coming back online refetches every query on the page at once, as after a laptop wakes up.
        await context.setOffline(true)
        await context.setOffline(false)
        await waitUntil(
          () => unauthorized.length >= 3 && retried.length === unauthorized.length,
          () => `401s: ${unauthorized.join(', ')}; retries: ${retried.join(', ')}`,
        )
        await page.waitForTimeout(500)
        check(refreshes.requests === 1, `expected 1 refresh call, saw ${refreshes.requests}`)
        check(refreshes.statuses.join() === '200', `refresh answered ${refreshes.statuses.join()}`)
        check(
          retried.every((r) => r.endsWith(' 200')),
          `retries: ${retried.join(', ')}`,
        )
        check(new URL(page.url()).pathname === '/settings/members', `ended on ${page.url()}`)
        console.log(
          `# ${unauthorized.length} requests got 401 together (${unauthorized.join(', ')}); 1 refresh; all retried with 200`,
        )
      },
    ],
  ]
}
