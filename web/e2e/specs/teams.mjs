import { apiAs, createApiKey, formatUsd, ingestBatch } from '../support/api.mjs'
import { check, figure, newAccount, openFromSidebar, signUp } from '../support/app.mjs'
import { expectNoAxeViolations } from '../support/axe.mjs'

export const name = 'teams'

const run = Date.now().toString(36)
const event = (n, team, model, endpointTag, userId) => ({
  externalRequestId: `e2e-teams-${run}-${n}`,
  provider: 'openai',
  model,
  team,
  endpointTag,
  userId,
  inputTokens: 20_000,
  outputTokens: 2_000,
  latencyMs: 700,
})

export async function steps(browser) {
  const owner = newAccount('Owner')
  const api = apiAs(browser.baseUrl, owner)
  const page = await browser.newPage(await browser.newContext(), 'owner')
  const teamName = `Payments ${run}`
  const keys = [`pay-${run}`, `team-pay-${run}`]
  const teamTable = () => page.getByRole('table', { name: 'Usage by team' })
  let spendUsd

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'a team with two telemetry keys is created on the Teams page',
      async () => {
        await openFromSidebar(page, 'Teams')
        const form = page.getByRole('form', { name: 'New team' })
        await form.getByLabel('Name').fill(teamName)
        await form.getByLabel(/Telemetry keys/).fill(keys.join(', '))
        await form.getByRole('button', { name: 'Create team' }).click()
        await page.getByRole('link', { name: teamName }).waitFor()
        await expectNoAxeViolations(page, 'the Teams page')
      },
    ],
    [
      'an application sends calls for both keys and for another team, and a budget is set on the second key',
      async () => {
        await ingestBatch(browser.baseUrl, await createApiKey(api, 'E2E teams'), [
          event(1, keys[0], 'gpt-4o', 'checkout', 'ada'),
          event(2, keys[1], 'gpt-4o-mini', 'refunds', 'grace'),
          event(3, keys[1], 'gpt-4o', 'checkout', 'ada'),
          event(4, `other-${run}`, 'gpt-4o', 'search', 'linus'),
        ])
        await api('POST', '/v1/budgets', { name: `Payments budget ${run}`, period: 'monthly', amountUsd: 100, scope: { kind: 'team', value: keys[1] } })
        const { rows } = await api('GET', `/v1/usage/explorer?groupBy=team`)
        const team = rows.find((r) => r.label === teamName)
        check(team?.requests === 3 && team.key === keys[0], `the API merges the team's keys wrong: ${JSON.stringify(rows)}`)
        spendUsd = team.spendUsd
      },
    ],
    [
      "the usage explorer grouped by team shows the team's name once and the other key as it is",
      async () => {
        await openFromSidebar(page, 'Usage')
        await page.getByLabel('Group by', { exact: true }).selectOption({ label: 'Team' })
        for (const label of [teamName, `other-${run}`]) await teamTable().getByRole('rowheader', { name: label, exact: true }).waitFor()
        for (const key of keys) check((await teamTable().getByRole('rowheader', { name: key, exact: true }).count()) === 0, `${key} has a row of its own`)
        const row = teamTable().getByRole('row').filter({ has: page.getByRole('rowheader', { name: teamName, exact: true }) })
        await row.getByRole('cell', { name: formatUsd(spendUsd), exact: true }).first().waitFor()
      },
    ],
    [
      "the team page shows the team's spend, its budget and its top models, features and users",
      async () => {
        // The team's name in the explorer links to its page.
        await teamTable().getByRole('link', { name: teamName, exact: true }).click()
        await page.getByRole('heading', { level: 1, name: teamName }).waitFor()
        const spend = page.getByRole('region', { name: 'Spend over time' })
        await figure(spend, 'Total spend').getByText(formatUsd(spendUsd), { exact: true }).waitFor()
        await figure(spend, 'Requests').getByText('3', { exact: true }).waitFor()
        await page.getByRole('region', { name: 'Budgets' }).getByRole('cell', { name: `Payments budget ${run}` }).waitFor()
        for (const [region, label] of [['Top models', 'gpt-4o'], ['Top models', 'gpt-4o-mini'], ['Top features', 'checkout'], ['Top features', 'refunds'], ['Top users', 'ada'], ['Top users', 'grace']])
          await page.getByRole('region', { name: region }).getByRole('cell', { name: label, exact: true }).waitFor()
        check((await page.getByRole('region', { name: 'Top features' }).getByRole('cell', { name: 'search', exact: true }).count()) === 0, "another team's feature is listed")
        await expectNoAxeViolations(page, 'the team page')
      },
    ],
  ]
}
