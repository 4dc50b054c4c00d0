import { formatUsd } from '../support/api.mjs'
import { check, newAccount, openFromSidebar, signUp } from '../support/app.mjs'

export const name = 'telemetry'

export async function steps(browser) {
  const owner = newAccount('Owner')
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const run = `${Date.now().toString(36)}`
  const events = {
    demo: { externalRequestId: `e2e-demo-${run}`, endpointTag: 'e2e-demo', model: 'gpt-4o-mini', dataMode: 'demo' },
    priced: { externalRequestId: `e2e-priced-${run}`, endpointTag: 'e2e-priced', model: 'gpt-4o-mini' },
    unpriced: {
      externalRequestId: `e2e-unpriced-${run}`,
      endpointTag: 'e2e-unpriced',
      model: `e2e-unknown-model-${run}`,
    },
  }
  const costs = {}
  let apiKey

  const ingest = async (path, body) => {
    const response = await fetch(`${browser.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': apiKey },
      body: JSON.stringify(body),
    })
    const answer = await response.json()
    check(response.status === 200, `${path} answered ${response.status}: ${JSON.stringify(answer)}`)
    return answer
  }
  const event = (e) => ({ provider: 'openai', inputTokens: 1000, outputTokens: 200, team: 'e2e', ...e })

  const requestsTable = () => page.getByRole('region', { name: 'Latest requests' })
  const dataRows = () => requestsTable().getByRole('row').filter({ has: page.getByRole('cell') })
  const rowTagged = (tag) => dataRows().filter({ has: page.getByRole('cell', { name: tag, exact: true }) })
  const costOf = async (tag) => (await rowTagged(tag).getByRole('cell').last().textContent()).trim()
  const showAllData = () => page.getByLabel('Data', { exact: true }).selectOption({ label: 'All data' })
  const rowCount = async (expected) => {
    await page.waitForFunction(
      (n) => document.querySelectorAll('[aria-label="Latest requests"] tbody tr').length === n,
      expected,
    )
  }
  const cleanup = () => page.getByRole('region', { name: 'Clean up' })

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'the owner creates an API key and reads it from the one-time reveal',
      async () => {
        await openFromSidebar(page, 'API keys')
        const form = page.getByRole('region', { name: 'Create an API key' })
        await form.getByLabel('Name').fill('E2E ingest')
        await form.getByRole('button', { name: 'Create key' }).click()
        const reveal = page.getByRole('region', { name: 'API key created: E2E ingest' })
        apiKey = await reveal.getByLabel('Full API key').inputValue()
        check(/^aik_[\w-]{40,}$/.test(apiKey), `unexpected key ${apiKey}`)
        await reveal.getByText('You will not see it again').waitFor()
        await reveal.getByRole('button', { name: 'I have saved it' }).click()
        await reveal.waitFor({ state: 'detached' })
        check((await page.getByLabel('Full API key').count()) === 0, 'the key is still shown')
        const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'E2E ingest', exact: true }) })
        await row.getByRole('cell', { name: `${apiKey.slice(0, 12)}…` }).waitFor()
        await row.getByText('Active').waitFor()
      },
    ],
    [
      'an application sends one demo event alone and two real ones in a batch, one of an unknown model',
      async () => {
        const demo = await ingest('/v1/ingest', event(events.demo))
        check(demo.ok && !demo.duplicate && demo.priceKnown && demo.costUsd > 0, `demo event: ${JSON.stringify(demo)}`)
        costs.demo = demo.costUsd
        const batch = await ingest('/v1/ingest/batch', { events: [event(events.priced), event(events.unpriced)] })
        check(batch.accepted === 2 && batch.rejected === 0, `batch: ${JSON.stringify(batch)}`)
        const [priced, unpriced] = batch.results.map((r) => r.result)
        check(priced.priceKnown && priced.costUsd > 0, `priced event: ${JSON.stringify(priced)}`)
        check(!unpriced.priceKnown && unpriced.costUsd === null, `unknown model priced: ${JSON.stringify(unpriced)}`)
        costs.priced = priced.costUsd
      },
    ],
    [
      'Requests lists the real events by default, and all three with their costs and the unpriced badge',
      async () => {
        await openFromSidebar(page, 'Requests')
        await rowTagged('e2e-priced').waitFor()
        await rowCount(2)
        check((await rowTagged('e2e-demo').count()) === 0, 'the demo event is listed among real data')

        await showAllData()
        await rowTagged('e2e-demo').waitFor()
        await rowCount(3)
        check(new URL(page.url()).searchParams.get('dataMode') === 'all', `the filter is not in the URL: ${page.url()}`)
        check((await costOf('e2e-priced')) === formatUsd(costs.priced), `priced cost ${await costOf('e2e-priced')}`)
        check((await costOf('e2e-demo')) === formatUsd(costs.demo), `demo cost ${await costOf('e2e-demo')}`)
        check((await costOf('e2e-unpriced')) === 'unpriced', `unpriced cost ${await costOf('e2e-unpriced')}`)
        await rowTagged('e2e-demo').getByText('demo', { exact: true }).waitFor()
        await rowTagged('e2e-unpriced').getByRole('cell', { name: events.unpriced.model }).waitFor()
      },
    ],
    [
      'a clicked row opens its details from the API',
      async () => {
        await rowTagged('e2e-unpriced').getByRole('cell', { name: events.unpriced.model }).click()
        const panel = page.getByRole('dialog', { name: 'Request details' })
        await panel.getByText(events.unpriced.externalRequestId).waitFor()
        await panel.getByText('unpriced', { exact: true }).waitFor()
        await panel.getByText(`${apiKey.slice(0, 12)}…`).waitFor()
        await panel.getByRole('button', { name: 'Close' }).click()
        await panel.waitFor({ state: 'detached' })
      },
    ],
    [
      'Data hygiene shows the checklist and loads demo data',
      async () => {
        await openFromSidebar(page, 'Data hygiene')
        const quality = page.getByRole('region', { name: 'Tracking quality' })
        await quality.getByText(/^Score \d+ of 100$/).waitFor()
        const checks = quality.getByRole('list', { name: 'Checks' }).getByRole('listitem')
        await checks.first().waitFor()
        check((await checks.count()) >= 3, `only ${await checks.count()} checks`)
        await page.getByRole('button', { name: 'Load demo data' }).click()
        const loaded = await page.getByRole('status').filter({ hasText: /^Loaded / }).textContent()
        costs.demoLoaded = Number(/^Loaded ([\d,]+) demo requests/.exec(loaded)?.[1].replaceAll(',', ''))
        check(costs.demoLoaded > 0, `unexpected message ${loaded}`)
      },
    ],
    [
      'Requests pages through all data with Load more',
      async () => {
        await openFromSidebar(page, 'Requests')
        await showAllData()
        await rowCount(50)
        await requestsTable().getByRole('button', { name: 'Load more' }).click()
        await rowCount(100)
      },
    ],
    [
      'Data hygiene clears all demo data after confirming',
      async () => {
        await openFromSidebar(page, 'Data hygiene')
        await cleanup().getByRole('button', { name: 'Clear all demo data' }).click()
        await cleanup().getByRole('button', { name: 'Yes, clear all demo data' }).click()
        const deleted = await cleanup().getByRole('status').textContent()
        const demoRows = (costs.demoLoaded + 1).toLocaleString('en-US')
        const expected = `Deleted ${demoRows} demo requests from the whole organization.`
        check(deleted === expected, `"${deleted}", expected "${expected}"`)
      },
    ],
    [
      'the demo rows are gone from Requests (all data), the real ones stay',
      async () => {
        await page.goto('/requests?dataMode=all')
        await rowTagged('e2e-priced').waitFor()
        await rowCount(2)
        await rowTagged('e2e-unpriced').waitFor()
        check((await rowTagged('e2e-demo').count()) === 0, 'the demo event is still listed')
        check((await requestsTable().getByText('demo', { exact: true }).count()) === 0, 'demo rows are still listed')
        check((await requestsTable().getByRole('button', { name: 'Load more' }).count()) === 0, 'Load more is offered')
      },
    ],
  ]
}
