import { expectNoAxeViolations } from '../support/axe.mjs'
import { apiAs, createApiKey, formatUsd, ingestBatch } from '../support/api.mjs'
import { atPath, check, figure, newAccount, openFromSidebar, signUp } from '../support/app.mjs'

export const name = 'reports'

const run = Date.now().toString(36)

export async function steps(browser) {
  const owner = newAccount('Owner')
  const api = apiAs(browser.baseUrl, owner)
  const page = await browser.newPage(await browser.newContext({ viewport: { width: 1440, height: 900 } }), 'owner')
  const report = () => page.getByRole('region', { name: 'Weekly report' })
  let weeks

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'an application sent calls in the last complete week',
      async () => {
        weeks = await api('GET', '/v1/reports/weekly/weeks')
        const start = Date.parse(weeks[0].startUtc)
        const events = Array.from({ length: 20 }, (_, n) => ({
          externalRequestId: `e2e-reports-${run}-${n}`,
          timestamp: new Date(start + (n + 1) * 3_600_000).toISOString(),
          provider: 'openai',
          model: n % 2 ? 'gpt-4o' : 'gpt-4o-mini',
          team: n % 2 ? 'search' : 'support',
          endpointTag: 'answer',
          inputTokens: 2000,
          outputTokens: 600,
        }))
        await ingestBatch(browser.baseUrl, await createApiKey(api, 'E2E reports'), events)
      },
    ],
    [
      'Reports lists the past weeks and opens the last complete one with its spend',
      async () => {
        await openFromSidebar(page, 'Reports')
        await page.getByRole('navigation', { name: 'Weeks' }).getByRole('link', { name: weeks[11].week }).waitFor()
        await report().getByRole('heading', { name: `Week ${weeks[0].week}` }).waitFor()
        const api_ = await api('GET', `/v1/reports/weekly?week=${weeks[0].week}`)
        check(api_.spendUsd > 0, 'the report has no spend')
        const shown = await figure(report(), 'Spend this week').textContent()
        check(shown === formatUsd(api_.spendUsd), `the page shows ${shown}, the API ${api_.spendUsd}`)
        await report().getByRole('table', { name: 'Top movers by team' }).getByRole('rowheader', { name: 'search' }).waitFor()
        await report().getByRole('button', { name: 'Send now' }).waitFor()
        await expectNoAxeViolations(page, 'the Reports page')
      },
    ],
    [
      'another week opens from the list',
      async () => {
        await page.getByRole('navigation', { name: 'Weeks' }).getByRole('link', { name: weeks[1].week }).click()
        await atPath(page, `/reports/weekly/${weeks[1].week}`)
        await report().getByRole('heading', { name: `Week ${weeks[1].week}` }).waitFor()
      },
    ],
    [
      'the board pack shows the range and prints without navigation or buttons, as a PDF',
      async () => {
        const from = weeks[0].startUtc.slice(0, 10)
        const to = new Date(Date.parse(weeks[0].endUtc) - 1).toISOString().slice(0, 10)
        await page.goto(`${browser.baseUrl}/reports/board-pack?from=${from}&to=${to}`)
        await page.getByRole('heading', { level: 1, name: 'Board pack' }).waitFor()
        await page.getByRole('table', { name: 'Spend by model' }).getByRole('rowheader', { name: 'gpt-4o', exact: true }).waitFor()
        await page.getByRole('button', { name: 'Print' }).waitFor()
        await expectNoAxeViolations(page, 'the board pack')
        await page.emulateMedia({ media: 'print' })
        check(!(await page.getByRole('navigation', { name: 'Main' }).isVisible()), 'the navigation is shown in print')
        check(!(await page.getByRole('button', { name: 'Print' }).isVisible()), 'the Print button is shown in print')
        const pdf = await page.pdf({ format: 'A4' })
        check(pdf.subarray(0, 5).toString() === '%PDF-', 'page.pdf did not give a PDF')
        await page.emulateMedia({ media: 'screen' })
      },
    ],
  ]
}
