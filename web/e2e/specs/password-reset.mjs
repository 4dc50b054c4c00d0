import { atPath, check, newAccount, overviewShown, signUp, waitUntil } from '../support/app.mjs'
import { mailTo } from '../support/smtp.mjs'

export const name = 'password-reset'

const NEW_PASSWORD = 'e2e-Reset-Password-456!'

export async function steps(browser) {
  const account = newAccount('Forgetful')
  const signedIn = await browser.newPage(await browser.newContext(), 'signed-in')
  const visitor = await browser.newPage(await browser.newContext(), 'visitor')
  let link

  return [
    ['sign up in one browser', () => signUp(signedIn, account)],
    [
      'ask for a reset link from "Forgot password?" in another',
      async () => {
        await visitor.goto('/login')
        await visitor.getByRole('link', { name: 'Forgot password?' }).click()
        await atPath(visitor, '/forgot-password')
        await visitor.getByLabel('Email', { exact: true }).fill(account.email)
        await visitor.getByRole('button', { name: 'Send reset link' }).click()
        await visitor.getByRole('status').filter({ hasText: 'a link to reset its password is on its way' }).waitFor()
      },
    ],
    [
      'receive the link by email',
      async () => {
        await waitUntil(() => mailTo(account.email).length > 0, () => `no email reached ${account.email}`)
        const [mail] = mailTo(account.email)
        check(mail.subject === 'Reset your AIntops password', `unexpected subject: ${mail.subject}`)
        const found = /https?:\/\/\S+\/reset-password#token=[A-Za-z0-9_-]+/.exec(mail.body)
        check(found, `no reset link in the email: ${mail.body}`)
        const url = new URL(found[0])
        link = url.pathname + url.hash
      },
    ],
    [
      'choose a new password from the link',
      async () => {
        await visitor.goto(link)
        await visitor.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD)
        await visitor.getByRole('button', { name: 'Set new password' }).click()
        await visitor.getByRole('status').filter({ hasText: 'Your password was changed' }).waitFor()
      },
    ],
    [
      'the other browser is signed out',
      async () => {
        await signedIn.reload()
        await atPath(signedIn, '/login')
      },
    ],
    [
      'log in with the new password',
      async () => {
        await visitor.getByRole('link', { name: 'Log in' }).click()
        await visitor.getByLabel('Email', { exact: true }).fill(account.email)
        await visitor.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD)
        await visitor.getByRole('button', { name: 'Log in' }).click()
        await atPath(visitor, '/')
        await overviewShown(visitor)
      },
    ],
    [
      'the used link is refused with a focused, announced error',
      async () => {
        const page = await browser.newPage(await browser.newContext(), 'reuse')
        await page.goto(link)
        await page.getByLabel('New password', { exact: true }).fill('e2e-Attacker-Password-789!')
        await page.getByRole('button', { name: 'Set new password' }).click()
        const alert = page.getByRole('alert')
        await alert.filter({ hasText: 'already used' }).waitFor()
        check(await alert.evaluate((element) => element === document.activeElement), 'the error is not focused')
      },
    ],
  ]
}
