import { apiAs, createApiKey, ingestBatch } from '../support/api.mjs'
import { atPath, check, newAccount, openFromSidebar, overviewShown, signUp } from '../support/app.mjs'

export const name = 'organization-settings'

/** Expects the server's Free plan to allow 5 requests a month (Plans__MonthlyRequests__Free=5, as scripts/e2e.sh starts it). */
const freeLimit = 5

export async function steps(browser) {
  const owner = newAccount('Owner')
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const api = apiAs(browser.baseUrl, owner)
  const newOrganization = `${owner.organization} Labs`
  let apiKey

  const settings = () => page.getByRole('form', { name: 'Organization settings' })
  const save = async () => {
    await settings().getByRole('button', { name: 'Save' }).click()
    await settings().getByRole('status').getByText('Saved.').waitFor()
  }
  const openAiUpstream = () => settings().getByLabel('OpenAI upstream')
  const reloadSettings = async () => {
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Organization' }).waitFor()
  }
  /** The text of what an input's aria-describedby points at: its errors, beside it. */
  const descriptionOf = (input) =>
    input.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim(),
    )
  const usageBar = () => page.getByRole('progressbar', { name: 'Requests used this month' })
  const banner = () => page.getByRole('status').filter({ hasText: 'Telemetry is paused' })
  let sent = 0
  const event = () => ({
    externalRequestId: `e2e-plan-${Date.now()}-${++sent}`,
    provider: 'openai',
    model: 'gpt-4o-mini',
    inputTokens: 100,
    outputTokens: 20,
  })

  return [
    [
      'an owner changes the time zone, saves, and sees it after a reload',
      async () => {
        await signUp(page, owner)
        await openFromSidebar(page, 'Organization')
        await settings().getByLabel('Time zone').selectOption('Europe/Paris')
        await save()
        await reloadSettings()
        const zone = await settings().getByLabel('Time zone').inputValue()
        check(zone === 'Europe/Paris', `the time zone after a reload is ${zone}`)
      },
    ],
    [
      'on the Free plan the progress bar shows the requests used against the limit',
      async () => {
        await settings().getByLabel('Plan').selectOption('free')
        await save()
        apiKey = await createApiKey(api, 'e2e usage')
        await ingestBatch(browser.baseUrl, apiKey, [event(), event()])
        await page.reload()
        await usageBar().waitFor()
        const [now, max] = [await usageBar().getAttribute('aria-valuenow'), await usageBar().getAttribute('aria-valuemax')]
        check(now === '2' && max === String(freeLimit), `the bar shows ${now} of ${max}`)
        await page.getByText(`2 of ${freeLimit} requests this month (40%)`).waitFor()
        check((await banner().count()) === 0, 'the paused banner shows before the limit is reached')
      },
    ],
    [
      'once ingest answers 402 every page shows the paused banner until the plan changes',
      async () => {
        await ingestBatch(browser.baseUrl, apiKey, [event(), event(), event()])
        const refused = await fetch(`${browser.baseUrl}/v1/ingest`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-API-Key': apiKey },
          body: JSON.stringify(event()),
        })
        check(refused.status === 402, `ingest past the limit answered ${refused.status}`)
        await page.reload()
        await banner().getByText(`used its ${freeLimit} requests of the Free plan this month`).waitFor()
        await openFromSidebar(page, 'Overview')
        await banner().waitFor()
        await banner().getByRole('link', { name: 'Change plan' }).click()
        await atPath(page, '/settings/organization')
        await settings().getByLabel('Plan').selectOption('starter')
        await save()
        await banner().waitFor({ state: 'detached' })
      },
    ],
    [
      'an owner points the OpenAI upstream at a proxy and sees it kept after a reload',
      async () => {
        await reloadSettings()
        check((await openAiUpstream().inputValue()) === '', 'the OpenAI upstream is not empty before it is set')
        await openAiUpstream().fill(' https://llm-proxy.example.com/openai ')
        await save()
        await reloadSettings()
        const kept = await openAiUpstream().inputValue()
        check(kept === 'https://llm-proxy.example.com/openai', `the OpenAI upstream after a reload is ${kept}`)
      },
    ],
    [
      'a private http upstream is refused beside its field and nothing is saved',
      async () => {
        await openAiUpstream().fill('http://10.0.0.1')
        await settings().getByRole('button', { name: 'Save' }).click()
        await settings().locator('[aria-invalid="true"]').waitFor()
        check((await openAiUpstream().getAttribute('aria-invalid')) === 'true', 'the OpenAI upstream is not marked invalid')
        const error = await descriptionOf(openAiUpstream())
        check(error.startsWith('gateway.openAi must use https'), `the error beside the OpenAI upstream reads "${error}"`)
        const anthropic = await settings().getByLabel('Anthropic upstream').getAttribute('aria-invalid')
        check(anthropic === null, 'the Anthropic upstream is marked invalid too')
        await reloadSettings()
        const kept = await openAiUpstream().inputValue()
        check(kept === 'https://llm-proxy.example.com/openai', `the refused save changed the upstream to ${kept}`)
      },
    ],
    [
      'a cleared upstream goes back to the server default and stays empty after a reload',
      async () => {
        await openAiUpstream().fill('')
        await save()
        await reloadSettings()
        const kept = await openAiUpstream().inputValue()
        check(kept === '', `the cleared OpenAI upstream reads ${kept} after a reload`)
      },
    ],
    [
      'the owner creates a new organization from the switcher and lands in it',
      async () => {
        await page.getByRole('button', { name: 'New organization…' }).click()
        const dialog = page.getByRole('dialog', { name: 'New organization' })
        await dialog.getByLabel('Organization name').fill(newOrganization)
        await dialog.getByRole('button', { name: 'Create and switch' }).click()
        await atPath(page, '/')
        await overviewShown(page)
        await dialog.waitFor({ state: 'hidden' })
        const switcher = page.getByRole('combobox', { name: 'Organization' })
        const current = await switcher.locator('option:checked').textContent()
        check(current === `${newOrganization} (owner)`, `the switcher shows ${current}`)
        await page.getByRole('region', { name: /Get started/ }).getByText('0 of 4 done').waitFor()
      },
    ],
  ]
}
