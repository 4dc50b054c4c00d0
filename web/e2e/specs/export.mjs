import { readFile } from 'node:fs/promises'
import { apiAs, createApiKey, ingestBatch } from '../support/api.mjs'
import { check, newAccount, openFromSidebar, signUp } from '../support/app.mjs'

export const name = 'export'

const run = Date.now().toString(36)
const event = (n, model = 'gpt-4o-mini') => ({
  externalRequestId: `e2e-export-${run}-${n}`,
  provider: 'openai',
  model,
  endpointTag: 'e2e-export',
  inputTokens: 1200 * n,
  outputTokens: 250 * n,
})

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [[]]
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i]
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') rows.at(-1).push(field), (field = '')
    else if (c === '\n') rows.at(-1).push(field.replace(/\r$/, '')), (field = ''), rows.push([])
    else field += c
  }
  if (field || rows.at(-1).length) rows.at(-1).push(field)
  return rows.filter((row) => row.length > 1)
}

export async function steps(browser) {
  const owner = newAccount('Owner')
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const api = apiAs(browser.baseUrl, owner)
  const events = [event(1), event(2, 'gpt-4.1'), event(3), event(4, `e2e-unknown-model-${run}`)]

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'an application sends events, one of a model without a price',
      async () => ingestBatch(browser.baseUrl, await createApiKey(api, 'E2E export'), events),
    ],
    [
      'Export CSV downloads every call, and its costs add up to the overview spend',
      async () => {
        await openFromSidebar(page, 'Usage')
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Export CSV' }).click(),
        ])
        check(/^usage-\d{8}-\d{8}\.csv$/.test(file.suggestedFilename()), `file name ${file.suggestedFilename()}`)
        const [header, ...rows] = parseCsv(await readFile(await file.path(), 'utf8'))
        const cost = header.indexOf('costUsd')
        check(cost >= 0, `no costUsd column in ${header}`)
        check(rows.length === events.length, `the CSV has ${rows.length} calls, ${events.length} were sent`)
        const total = rows.reduce((sum, row) => sum + (row[cost] ? Number(row[cost]) : 0), 0)
        const { spendUsd } = await api('GET', '/v1/dashboard/overview')
        check(spendUsd > 0, `the overview spend is ${spendUsd}`)
        check(Math.abs(total - spendUsd) < 1e-9, `the CSV costs add up to ${total}, the overview says ${spendUsd}`)
        check((await page.getByText('was removed by retention').count()) === 0, 'a retention notice for a new account')
      },
    ],
  ]
}
