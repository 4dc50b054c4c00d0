import { apiAs, createApiKey, ingestBatch } from '../support/api.mjs'
import { check, newAccount, openFromSidebar, signUp } from '../support/app.mjs'
import { expectNoAxeViolations } from '../support/axe.mjs'

export const name = 'request-content'

const run = Date.now().toString(36)
const externalRequestId = `e2e-content-${run}`

export async function steps(browser) {
  const owner = newAccount('Owner')
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const api = apiAs(browser.baseUrl, owner)
  const drawer = () => page.getByRole('dialog', { name: 'Request details' })
  const content = () => drawer().getByRole('region', { name: 'Input and output' })

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'the owner turns on storing content, and an application sends a chat with an email and a key',
      async () => {
        await api('PATCH', '/v1/organization', { storeRequestContent: true })
        const secret = await createApiKey(api, 'E2E content')
        const answer = await ingestBatch(browser.baseUrl, secret, [
          {
            externalRequestId,
            provider: 'openai',
            model: 'gpt-4o-mini',
            inputTokens: 50,
            outputTokens: 12,
            input: [
              { role: 'system', content: 'You answer support mail.' },
              { role: 'user', content: 'I am grace@example.com and my key is sk-proj-abcdefghijklmnop1234' },
            ],
            output: 'Thanks, we will write to you.',
          },
        ])
        check(answer.results[0].result.contentStored === true, `content not stored: ${JSON.stringify(answer)}`)
      },
    ],
    [
      'the drawer shows the roles and the redacted placeholders, not the email or the key',
      async () => {
        await openFromSidebar(page, 'Requests')
        await page.getByRole('region', { name: 'Latest requests' }).getByRole('row').nth(1).getByRole('button').click()
        await drawer().getByText(externalRequestId).waitFor()
        const messages = content().getByRole('list', { name: 'Input messages' }).getByRole('listitem')
        await messages.nth(1).waitFor()
        const shown = (await messages.allTextContents()).map((text) => text.trim())
        check(
          JSON.stringify(shown) ===
            JSON.stringify(['systemYou answer support mail.', 'userI am [email] and my key is [secret]']),
          `the drawer shows ${JSON.stringify(shown)}`,
        )
        const text = await content().textContent()
        check(!text.includes('grace@example.com') && !text.includes('sk-proj'), `a secret is shown: ${text}`)
        check(text.includes('2 values redacted (email 1, secret 1)'), `no redaction count: ${text}`)
        check(text.includes('Thanks, we will write to you.'), `no output: ${text}`)
        await expectNoAxeViolations(page, 'the request drawer with content')
      },
    ],
  ]
}
