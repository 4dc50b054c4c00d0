import {
  check,
  countRefreshes,
  memberRow,
  newAccount,
  openFromSidebar,
  overviewShown,
  signUp,
  trackAccessTokens,
  waitForAccessTokenExpiry,
  waitUntil,
} from '../support/app.mjs'

export const name = 'refresh-five-tabs'
const TABS = 5

export async function steps(browser) {
  const owner = newAccount('Owner')
  const context = await browser.newContext()
  const tokens = trackAccessTokens(context)
  const pages = []

  const everyTab = (action) => Promise.all(pages.map((page, i) => action(page, i)))
  const tabsOnLogin = () => pages.flatMap((page, i) => (new URL(page.url()).pathname === '/login' ? [i + 1] : []))
  const membersShown = (page) => memberRow(page, owner.email).waitFor()

  return [
    [
      `sign up, then open the Members page in ${TABS} tabs sharing the refresh cookie`,
      async () => {
        pages.push(await browser.newPage(context, 'tab-1'))
        await signUp(pages[0], owner)
        await pages[0].goto('/settings/members')
        for (let tab = 2; tab <= TABS; tab++) {
          const page = await browser.newPage(context, `tab-${tab}`)
          await page.goto('/settings/members')
          pages.push(page)
        }
        await everyTab(membersShown)
      },
    ],
    ['wait until every tab’s access token has expired', () => waitForAccessTokenExpiry(tokens)],
    [
      'all tabs refetch at the same moment: one refresh each, all answered, all data reloaded',
      async () => {
        const refreshes = countRefreshes(pages)
        const reloaded = pages.map(() => [])
        pages.forEach((page, i) =>
          page.on('response', (response) => {
            const path = new URL(response.url()).pathname
            if (path.startsWith('/v1/') && !path.startsWith('/v1/auth/') && response.status() === 200)
              reloaded[i].push(path)
          }),
        )
        // Coming back online makes every tab refetch its queries at once with its expired token.
        await context.setOffline(true)
        await context.setOffline(false)
        await waitUntil(
          () => refreshes.statuses.length === TABS && reloaded.every((paths) => paths.length >= 3),
          () =>
            `refresh answers: ${refreshes.statuses.join(', ')}; data reloaded per tab: ${reloaded.map((p) => p.length).join(', ')}`,
        )
        await pages[0].waitForTimeout(500)
        check(refreshes.requests === TABS, `expected ${TABS} refreshes (one per tab), saw ${refreshes.requests}`)
        check(
          refreshes.statuses.every((status) => status === 200),
          `refresh answers: ${refreshes.statuses.join(', ')}`,
        )
        check(tabsOnLogin().length === 0, `tabs on /login: ${tabsOnLogin().join(', ')}`)
        console.log(
          `# ${TABS} concurrent refreshes, all 200, ${new Set(refreshes.tokens).size} distinct successor token(s)`,
        )
      },
    ],
    [
      'every tab then loads the Overview with its new token',
      () =>
        everyTab(async (page) => {
          await openFromSidebar(page, 'Overview')
          await page.getByRole('article', { name: 'Spend over time' }).waitFor()
        }),
    ],
    [
      'all tabs reload at once and stay signed in',
      async () => {
        await everyTab((page) => page.reload())
        await everyTab(overviewShown)
        check(tabsOnLogin().length === 0, `tabs on /login: ${tabsOnLogin().join(', ')}`)
      },
    ],
  ]
}
