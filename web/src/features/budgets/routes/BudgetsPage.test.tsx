import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { bodyOf, mockApi, requestsTo, signedInRoutes } from '@/test/api'
import { jsonResponse, problem } from '@/test/fetch'
import { me } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'
import type { Budget } from '../api/list-budgets'

const budget = (id: string, name: string, overrides: Partial<Budget> = {}): Budget => ({
  id,
  name,
  period: 'monthly',
  amountUsd: 1000,
  warning: { percent: 80, amountUsd: null },
  critical: { percent: 100, amountUsd: null },
  warningThresholdUsd: 800,
  criticalThresholdUsd: 1000,
  scope: { kind: 'all', value: null },
  hardStop: false,
  source: 'auto',
  evaluatedSource: 'ingest',
  state: 'warning',
  spendUsd: 852.5,
  percentUsed: 85.25,
  forecastUsd: 1240,
  projectedBreachAt: '2026-12-24T00:00:00Z',
  periodStart: '2026-12-01T00:00:00Z',
  periodEnd: '2027-01-01T00:00:00Z',
  evaluatedAt: '2026-12-02T08:00:00Z',
  createdAt: '2026-11-30T10:00:00Z',
  updatedAt: '2026-11-30T10:00:00Z',
  ...overrides,
})

const company = budget('b1', 'Company')
const row = (name: string) => screen.getByRole('cell', { name }).closest('tr')!
const newBudgetForm = () => screen.findByRole('form', { name: 'New budget' })

describe('BudgetsPage', () => {
  it('lists budgets with spend, share used, state, forecast and breach day from the API', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/budgets': [
          company,
          budget('b2', 'OpenAI team', {
            scope: { kind: 'provider', value: 'openai' },
            period: 'rolling_30d',
            hardStop: true,
            state: null,
            evaluatedAt: null,
            evaluatedSource: null,
            forecastUsd: null,
            projectedBreachAt: null,
            spendUsd: 0,
            percentUsed: 0,
          }),
        ],
      }),
    )
    renderAppAt('/budgets')

    await screen.findByRole('cell', { name: 'Company' })
    const companyRow = within(row('Company'))
    expect(companyRow.getByRole('cell', { name: 'All spend' })).toBeVisible()
    expect(companyRow.getByRole('cell', { name: '$1,000.00' })).toBeVisible()
    expect(companyRow.getByRole('cell', { name: '$852.50' })).toBeVisible()
    expect(companyRow.getByRole('cell', { name: '85.3%' })).toBeVisible()
    expect(companyRow.getByText('Warning')).toBeVisible()
    expect(companyRow.getByRole('cell', { name: '$1,240.00' })).toBeVisible()
    expect(companyRow.getByRole('cell', { name: 'Dec 24' })).toBeVisible()
    expect(companyRow.getByRole('cell', { name: 'Ingested requests' })).toBeVisible()
    const openai = within(row('OpenAI team'))
    expect(openai.getByRole('cell', { name: 'Provider openai' })).toBeVisible()
    expect(openai.getByRole('cell', { name: 'Rolling 30 days' })).toBeVisible()
    expect(openai.getByText('Not evaluated')).toBeVisible()
    expect(openai.getByRole('cell', { name: 'Yes' })).toBeVisible()
  })

  it('creates a budget with amount thresholds and a team scope', async () => {
    let budgets: Budget[] = []
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/budgets': () => jsonResponse(200, budgets),
        'POST /v1/budgets': (init: RequestInit) => {
          const body = JSON.parse(String(init.body)) as Partial<Budget>
          budgets = [budget('b9', body.name!, { ...body, state: null, evaluatedAt: null })]
          return jsonResponse(201, budgets[0])
        },
      }),
    )
    renderAppAt('/budgets')
    const user = userEvent.setup()

    const form = await newBudgetForm()
    await user.type(within(form).getByLabelText('Name'), 'Search team')
    await user.selectOptions(within(form).getByLabelText('Period'), 'rolling_30d')
    await user.type(within(form).getByLabelText('Amount (USD)'), '500')
    const warning = within(form).getByRole('group', { name: 'Warning at' })
    await user.click(within(warning).getByRole('radio', { name: 'Dollar amount' }))
    await user.type(within(warning).getByLabelText('Warning at (USD)'), '350')
    const critical = within(form).getByRole('group', { name: 'Critical at' })
    await user.clear(within(critical).getByLabelText('Critical at (%)'))
    await user.type(within(critical).getByLabelText('Critical at (%)'), '95')
    await user.selectOptions(within(form).getByLabelText('Scope'), 'team')
    await user.type(within(form).getByLabelText('Team'), 'search')
    await user.selectOptions(within(form).getByLabelText('Spend source'), 'ingest')
    await user.click(within(form).getByRole('checkbox', { name: /Hard stop/ }))
    await user.click(within(form).getByRole('button', { name: 'Add budget' }))

    expect(await screen.findByRole('cell', { name: 'Search team' })).toBeVisible()
    expect(bodyOf(requestsTo(fetch, 'POST /v1/budgets')[0])).toEqual({
      name: 'Search team',
      period: 'rolling_30d',
      amountUsd: 500,
      warning: { percent: null, amountUsd: 350 },
      critical: { percent: 95, amountUsd: null },
      scope: { kind: 'team', value: 'search' },
      hardStop: true,
      source: 'ingest',
    })
    expect(within(await newBudgetForm()).getByLabelText('Name')).toHaveValue('')
  })

  it('previews what a new budget would measure now without adding it', async () => {
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/budgets': [],
        'POST /v1/budgets/preview': budget('preview', 'Preview', {
          amountUsd: 500,
          state: 'critical',
          spendUsd: 612.4,
          forecastUsd: 1890,
          projectedBreachAt: null,
        }),
      }),
    )
    renderAppAt('/budgets')
    const user = userEvent.setup()

    const form = await newBudgetForm()
    await user.type(within(form).getByLabelText('Name'), 'Company')
    await user.type(within(form).getByLabelText('Amount (USD)'), '500')
    await user.click(within(form).getByRole('button', { name: 'Preview spend' }))

    const preview = await within(form).findByLabelText('Preview')
    expect(preview).toHaveTextContent(
      'With these settings the budget would be critical. Spent so far $612.40 of $500.00; forecast for the period $1,890.00.',
    )
    expect(bodyOf(requestsTo(fetch, 'POST /v1/budgets/preview')[0])).toMatchObject({ name: 'Company', amountUsd: 500 })
    expect(requestsTo(fetch, 'POST /v1/budgets')).toHaveLength(0)
  })

  it('shows the API’s field errors beside the fields', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/budgets': [],
        'POST /v1/budgets': problem(400, {
          title: 'One or more validation errors occurred.',
          errors: {
            'warning.percent': ['warning.percent must be above 0 and at most 1000, with at most two decimal places.'],
            warning: ['The warning threshold must be below the critical threshold.'],
            'scope.value': ['scope.value must name the provider or team (at most 200 characters).'],
          },
        }),
      }),
    )
    renderAppAt('/budgets')
    const user = userEvent.setup()

    const form = await newBudgetForm()
    await user.type(within(form).getByLabelText('Name'), 'Company')
    await user.type(within(form).getByLabelText('Amount (USD)'), '100')
    await user.selectOptions(within(form).getByLabelText('Scope'), 'provider')
    await user.type(within(form).getByLabelText('Provider'), ' ')
    await user.click(within(form).getByRole('button', { name: 'Add budget' }))

    const warning = within(form).getByLabelText('Warning at (%)')
    await waitFor(() => expect(warning).toHaveAttribute('aria-invalid', 'true'))
    expect(warning).toHaveAccessibleDescription(/must be above 0 and at most 1000/)
    expect(warning).toHaveAccessibleDescription(/must be below the critical threshold/)
    expect(within(form).getByLabelText('Provider')).toHaveAccessibleDescription(/must name the provider or team/)
    expect(within(form).getByRole('alert')).toHaveTextContent('One or more validation errors occurred.')
    expect(within(form).getByLabelText('Name')).toHaveValue('Company')
  })

  it('edits a budget showing its current spend and forecast, and deletes only after confirming', async () => {
    let budgets = [budget('b1', 'Company', { warning: { percent: null, amountUsd: 700 } })]
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/budgets': () => jsonResponse(200, budgets),
        'PUT /v1/budgets/b1': (init: RequestInit) => {
          budgets = [{ ...budgets[0], ...(JSON.parse(String(init.body)) as Partial<Budget>) }]
          return jsonResponse(200, budgets[0])
        },
        'DELETE /v1/budgets/b1': () => {
          budgets = []
          return new Response(null, { status: 204 })
        },
      }),
    )
    renderAppAt('/budgets')
    const user = userEvent.setup()

    await screen.findByRole('cell', { name: 'Company' })
    await user.click(within(row('Company')).getByRole('button', { name: 'Edit' }))
    const firstEdit = screen.getByRole('form', { name: 'Edit Company' })
    expect(within(firstEdit).getByLabelText('Name')).toHaveFocus()
    await user.click(within(firstEdit).getByRole('button', { name: 'Cancel' }))
    expect(within(row('Company')).getByRole('button', { name: 'Edit' })).toHaveFocus()
    await user.click(within(row('Company')).getByRole('button', { name: 'Edit' }))
    const edit = screen.getByRole('form', { name: 'Edit Company' })
    expect(within(edit).getByLabelText('Current figures')).toHaveTextContent(
      'Spent so far $852.50 of $1,000.00; forecast for the period $1,240.00, reaching critical on Dec 24.',
    )
    expect(within(edit).getByLabelText('Warning at (USD)')).toHaveValue(700)
    await user.clear(within(edit).getByLabelText('Amount (USD)'))
    await user.type(within(edit).getByLabelText('Amount (USD)'), '2000')
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }))

    expect(await screen.findByRole('cell', { name: '$2,000.00' })).toBeVisible()
    expect(bodyOf(requestsTo(fetch, 'PUT /v1/budgets/b1')[0])).toEqual({
      name: 'Company',
      period: 'monthly',
      amountUsd: 2000,
      warning: { percent: null, amountUsd: 700 },
      critical: { percent: 100, amountUsd: null },
      scope: { kind: 'all' },
      hardStop: false,
      source: 'auto',
    })

    await user.click(within(row('Company')).getByRole('button', { name: 'Delete' }))
    const confirm = screen.getByRole('group', { name: 'Confirm deleting Company' })
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(requestsTo(fetch, 'DELETE /v1/budgets/b1')).toHaveLength(0)
    await user.click(within(confirm).getByRole('button', { name: 'Yes, delete' }))
    expect(await screen.findByText('No budget yet.')).toBeVisible()
    expect(screen.getByRole('region', { name: 'Budget list' })).toHaveFocus()
  })

  it('evaluates now and shows the budgets the API answers', async () => {
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/budgets': [budget('b1', 'Company', { state: null, evaluatedAt: null })],
        'POST /v1/budgets/evaluate': [budget('b1', 'Company', { state: 'critical', spendUsd: 1200, percentUsed: 120 })],
      }),
    )
    renderAppAt('/budgets')
    const user = userEvent.setup()

    await screen.findByRole('cell', { name: 'Company' })
    expect(within(row('Company')).getByText('Not evaluated')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Evaluate now' }))

    expect(await within(row('Company')).findByText('Critical')).toBeVisible()
    expect(within(row('Company')).getByRole('cell', { name: '120%' })).toBeVisible()
    expect(requestsTo(fetch, 'POST /v1/budgets/evaluate')).toHaveLength(1)
  })

  it('shows members the budgets without any way to change or evaluate them', async () => {
    mockApi(signedInRoutes({ 'GET /v1/me': me('member'), 'GET /v1/budgets': [company] }))
    renderAppAt('/budgets')

    await screen.findByRole('cell', { name: 'Company' })
    expect(screen.getByText(/Only owners and admins can add, change, evaluate or delete budgets/)).toBeVisible()
    expect(screen.queryByRole('form', { name: 'New budget' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Evaluate now' })).toBeNull()
    expect(within(row('Company')).queryByRole('button')).toBeNull()
  })
})
