import { createHmac, timingSafeEqual } from 'node:crypto'
import { expectNoAxeViolations } from '../support/axe.mjs'
import { check, newAccount, openFromSidebar, signUp, waitUntil } from '../support/app.mjs'
import { startSlackReceiver } from '../support/slack.mjs'

export const name = 'webhook'

/** docs/webhooks.md's recipe: hex HMAC-SHA256 over "timestamp.rawbody" keyed with the secret, compared in constant time. */
function verifies(message, secret) {
  const timestamp = message.headers['x-aintops-timestamp']
  const expected = createHmac('sha256', secret).update(`${timestamp}.${message.raw}`).digest('hex')
  const received = (message.headers['x-aintops-signature'] ?? '').replace(/^v1=/, '')
  return received.length === expected.length && timingSafeEqual(Buffer.from(expected), Buffer.from(received))
}

export async function steps(browser) {
  const owner = newAccount('Owner')
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const receiver = await startSlackReceiver()
  const hookPath = '/hooks/e2e-secret-path'
  const channelName = 'e2e-hook'
  const channelRow = () => page.getByRole('row').filter({ has: page.getByRole('cell', { name: channelName, exact: true }) })
  const testsReceived = () => receiver.messages.filter((m) => m.path === hookPath && m.body.type === 'test')
  let firstSecret
  let secondSecret

  const sendTest = async (count) => {
    await channelRow().getByRole('button', { name: 'Send test' }).click()
    await page.getByRole('status').filter({ hasText: `Test message delivered to ${channelName}.` }).waitFor()
    await waitUntil(
      () => testsReceived().length === count,
      () => `the receiver got ${JSON.stringify(receiver.messages.map((m) => m.path))}`,
    )
    return testsReceived()[count - 1]
  }

  return [
    [
      'the owner signs up and adds a webhook channel pointing at the local receiver',
      async () => {
        await signUp(page, owner)
        await openFromSidebar(page, 'Notifications')
        const form = page.getByRole('form', { name: 'New channel' })
        await form.getByLabel('Kind').selectOption('webhook')
        await form.getByLabel('Name').fill(channelName)
        await form.getByLabel('Webhook URL').fill(`${receiver.url}${hookPath}`)
        await form.getByRole('button', { name: 'Add channel' }).click()
        await channelRow().getByText(`${receiver.url}/…path`).waitFor()
      },
    ],
    [
      'the signing secret is shown once, with a warning and a copy button, and the page has no axe violations',
      async () => {
        const reveal = page.getByRole('region', { name: `Signing secret for ${channelName}` })
        await reveal.getByText('You will not see it again.').waitFor()
        await reveal.getByRole('button', { name: 'Copy secret' }).waitFor()
        firstSecret = await reveal.getByLabel('Signing secret').inputValue()
        check(/^whsec_[A-Za-z0-9_-]{43}$/.test(firstSecret), `the secret looks like ${firstSecret}`)
        await expectNoAxeViolations(page, 'the notifications page with a secret shown')
        await reveal.getByRole('button', { name: 'I have saved it' }).click()
        await reveal.waitFor({ state: 'detached' })
        await page.reload()
        await channelRow().waitFor()
        const html = await page.content()
        check(!html.includes(firstSecret), 'the secret is on the page again after a reload')
        check(!html.includes('e2e-secret-path'), 'the webhook URL is shown on the page')
      },
    ],
    [
      '"Send test" reaches the receiver, signed with the secret',
      async () => {
        const message = await sendTest(1)
        check(message.headers['content-type']?.startsWith('application/json'), `content type ${message.headers['content-type']}`)
        check(verifies(message, firstSecret), `the signature does not verify: ${JSON.stringify(message.headers)}`)
        check(message.body.title === 'Test message from AIntops', `the body was ${message.raw}`)
      },
    ],
    [
      'rotating the secret after confirming shows a new one, and the next test is signed with it only',
      async () => {
        await channelRow().getByRole('button', { name: 'Rotate secret' }).click()
        await page.getByRole('group', { name: `Confirm rotating the secret of ${channelName}` }).getByRole('button', { name: 'Yes, rotate' }).click()
        const reveal = page.getByRole('region', { name: `New signing secret for ${channelName}` })
        secondSecret = await reveal.getByLabel('Signing secret').inputValue()
        check(secondSecret.startsWith('whsec_') && secondSecret !== firstSecret, 'the rotated secret is not a new one')
        await reveal.getByRole('button', { name: 'I have saved it' }).click()
        const message = await sendTest(2)
        check(verifies(message, secondSecret), 'the signature does not verify with the new secret')
        check(!verifies(message, firstSecret), 'the old secret still verifies')
      },
    ],
    ['the receiver is closed', () => receiver.close(), { always: true }],
  ]
}
