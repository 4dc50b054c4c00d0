import { atPath, newAccount, overviewShown, signUp } from '../support/app.mjs'

export const name = 'sign-in'

export async function steps(browser) {
  const account = newAccount('Owner')
  const page = await browser.newPage(await browser.newContext(), 'owner')

  return [
    ['sign up and land on the dashboard', () => signUp(page, account)],
    [
      'stay signed in after reload',
      async () => {
        await page.reload()
        await overviewShown(page)
      },
    ],
    [
      'log out from the user menu',
      async () => {
        await page.getByRole('button', { name: account.name }).click()
        await page.getByRole('button', { name: 'Log out' }).click()
        await atPath(page, '/login')
        await page.goto('/')
        await atPath(page, '/login')
      },
    ],
    [
      'log in again',
      async () => {
        await page.getByLabel('Email', { exact: true }).fill(account.email)
        await page.getByLabel('Password', { exact: true }).fill(account.password)
        await page.getByRole('button', { name: 'Log in' }).click()
        await atPath(page, '/')
        await overviewShown(page)
      },
    ],
  ]
}
