import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { bodyOf, mockApi, requestsTo, signedInRoutes } from '@/test/api'
import { problem } from '@/test/fetch'
import { me, unlimitedUsage, type Role } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'

const organization = {
  id: 'o-engines',
  name: 'Analytical Engines',
  createdAt: '2026-11-01T00:00:00Z',
  memberCount: 2,
  plan: 'free',
  monthlyRequestLimit: 10000,
  rawRetentionDays: 180,
  rollupRetentionDays: 730,
  timeZone: 'UTC',
  storeRequestContent: false,
  membersSeeContent: false,
  contentRetentionDays: 30,
  gateway: { openAi: 'https://llm-proxy.example.com/openai', anthropic: null },
}
const fullUsage = {
  ...unlimitedUsage,
  plan: 'free',
  requestsUsed: 10000,
  monthlyRequestLimit: 10000,
  percentUsed: 100,
  limitReached: true,
}
const plan = (name: string, monthlyRequests: number | null) => ({
  name,
  includes: {
    monthlyRequests,
    providerConnections: 1,
    members: 3,
    notificationChannels: 1,
    hardStopBudgets: false,
    weeklyReport: false,
    requestContent: false,
  },
})
const plans = { enforceFeatures: false, plans: [plan('free', 10000), plan('enterprise', null)] }

function renderAs(role: Role, overrides = {}) {
  const fetch = mockApi(
    signedInRoutes({
      'GET /v1/me': me(role),
      'GET /v1/organization': organization,
      'GET /v1/organization/usage': fullUsage,
      'GET /v1/plans': plans,
      ...overrides,
    }),
  )
  renderAppAt('/settings/organization')
  return fetch
}

describe('OrganizationSettingsPage', () => {
  it('shows usage as a labelled progress bar and the paused banner with a change-plan link for owners', async () => {
    renderAs('owner')

    const bar = await screen.findByRole('progressbar', { name: 'Requests used this month' })
    expect(bar).toHaveAttribute('aria-valuenow', '10000')
    expect(bar).toHaveAttribute('aria-valuemax', '10000')
    const banner = screen.getByRole('status')
    expect(banner).toHaveTextContent('Telemetry is paused: this organization used its 10,000 requests of the Free plan')
    expect(screen.getByRole('link', { name: 'Change plan' })).toHaveAttribute('href', '/settings/organization')
  })

  it('lets members read the settings in disabled controls and asks them to see an owner', async () => {
    renderAs('member')

    expect(await screen.findByLabelText('Name')).toBeDisabled()
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Ask an owner of this organization to change the plan.')
  })

  it('saves an owner change and shows the API field errors beside the field', async () => {
    const fetch = renderAs('owner', {
      'PATCH /v1/organization': problem(400, { title: 'Invalid.', errors: { rawRetentionDays: ['Too long.'] } }),
    })
    const user = userEvent.setup()
    await user.selectOptions(await screen.findByLabelText('Time zone'), 'Europe/Paris')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByLabelText('Raw events')).toHaveAccessibleDescription('Too long.')
    expect(bodyOf(requestsTo(fetch, 'PATCH /v1/organization')[0])).toMatchObject({ timeZone: 'Europe/Paris', plan: 'free' })
  })

  it('prefills the gateway upstreams, empty for the server default, and saves them trimmed with "" for a cleared one', async () => {
    const fetch = renderAs('owner', { 'PATCH /v1/organization': new Response(null, { status: 204 }) })
    const user = userEvent.setup()
    const openAi = await screen.findByLabelText('OpenAI upstream')
    const anthropic = screen.getByLabelText('Anthropic upstream')
    expect(openAi).toHaveValue('https://llm-proxy.example.com/openai')
    expect(anthropic).toHaveValue('')
    expect(screen.getByRole('group', { name: 'Gateway' })).toHaveAccessibleDescription(/Empty: the server's default provider API/)

    await user.clear(openAi)
    await user.type(anthropic, '  https://llm-proxy.example.com/anthropic ')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByText('Saved.')).toBeInTheDocument()
    expect(bodyOf(requestsTo(fetch, 'PATCH /v1/organization')[0])).toMatchObject({
      gateway: { openAi: '', anthropic: 'https://llm-proxy.example.com/anthropic' },
    })
  })

  it('shows a refused upstream beside its input', async () => {
    const message = 'gateway.anthropic must use https (plain http only to a host:port listed in Outbound:AllowedPrivateHosts).'
    renderAs('owner', {
      'PATCH /v1/organization': problem(400, { title: 'Invalid.', errors: { 'gateway.anthropic': [message] } }),
    })
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText('Anthropic upstream'), 'http://llm-proxy.example.com')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByLabelText('Anthropic upstream')).toHaveAccessibleDescription(message)
    expect(screen.getByLabelText('OpenAI upstream')).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('alert')).not.toHaveTextContent(message)
  })

  it('shows the upstreams to members in disabled inputs', async () => {
    renderAs('member')

    expect(await screen.findByLabelText('OpenAI upstream')).toBeDisabled()
    expect(screen.getByLabelText('Anthropic upstream')).toBeDisabled()
  })
})
