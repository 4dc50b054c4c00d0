import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { bodyOf, mockApi, requestsTo, signedInRoutes } from '@/test/api'
import { jsonResponse, problem } from '@/test/fetch'
import { me } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'
import type { ApiKey } from '../api/list-api-keys'

const noContent = () => new Response(null, { status: 204 })
const secret = 'aik_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG'
const rotatedSecret = 'aik_ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkj'

const apiKey = (id: string, name: string, overrides: Partial<ApiKey> = {}): ApiKey => ({
  id,
  name,
  prefix: `aik_${id}xxxxxx`.slice(0, 12),
  team: null,
  environment: null,
  createdBy: 'ada@example.com',
  createdAt: '2026-11-20T09:00:00Z',
  lastUsedAt: null,
  revokedAt: null,
  revoked: false,
  teamId: null,
  teamName: null,
  ...overrides,
})

const payments = {
  id: 't1',
  name: 'Payments',
  keys: ['payments', 'team-payments'],
  primaryKey: 'payments',
  memberCount: 0,
  apiKeyCount: 0,
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
}

const checkout = apiKey('k1', 'Checkout', { team: 'payments', environment: 'prod', lastUsedAt: '2026-11-23T10:00:00Z' })
const created = (id: string, name: string, key: string) => ({
  id,
  name,
  prefix: key.slice(0, 12),
  key,
  team: 'search',
  environment: 'staging',
  createdAt: '2026-11-24T09:00:00Z',
})

const row = (name: string) => screen.getByRole('cell', { name }).closest('tr')!

describe('ApiKeysPage', () => {
  it('lists the keys with their prefix, team, environment, creator, use and status', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/api-keys': [
          checkout,
          apiKey('k2', 'Old batch job', { revoked: true, revokedAt: '2026-11-22T09:00:00Z' }),
        ],
      }),
    )
    renderAppAt('/settings/api-keys')

    await screen.findByRole('cell', { name: 'Checkout' })
    const cells = within(row('Checkout'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
    expect(cells.slice(0, 5)).toEqual(['Checkout', 'aik_k1xxxxxx…', 'payments', 'prod', 'ada@example.com'])
    expect(cells[7]).toBe('Active')
    expect(within(row('Old batch job')).getByText(/^Revoked/)).toBeVisible()
    expect(within(row('Old batch job')).getByText('Never')).toBeVisible()
    expect(within(row('Old batch job')).queryByRole('button')).toBeNull()
  })

  it('creates a key and reveals it once, with a copy button and a warning', async () => {
    let keys = [checkout]
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/api-keys': () => jsonResponse(200, keys),
        'GET /v1/teams': [payments],
        'POST /v1/api-keys': () => {
          keys = [apiKey('k3', 'Search'), ...keys]
          return jsonResponse(201, created('k3', 'Search', secret))
        },
      }),
    )
    renderAppAt('/settings/api-keys')
    const user = userEvent.setup()

    const form = await screen.findByRole('region', { name: 'Create an API key' })
    await user.type(within(form).getByLabelText('Name'), 'Search')
    await user.selectOptions(within(form).getByLabelText('Team'), 'Payments')
    await user.selectOptions(within(form).getByLabelText('Default environment'), 'staging')
    await user.click(within(form).getByRole('button', { name: 'Create key' }))

    const reveal = await screen.findByRole('region', { name: 'API key created: Search' })
    expect(bodyOf(requestsTo(fetch, 'POST /v1/api-keys')[0])).toEqual({
      name: 'Search',
      team: null,
      teamId: 't1',
      environment: 'staging',
    })
    expect(within(reveal).getByLabelText('Full API key')).toHaveValue(secret)
    expect(within(reveal).getByLabelText('Full API key')).toHaveFocus()
    expect(reveal).toHaveTextContent('You will not see it again')
    await user.click(within(reveal).getByRole('button', { name: 'Copy key' }))
    expect(await navigator.clipboard.readText()).toBe(secret)
    expect(within(reveal).getByRole('button', { name: 'Copied' })).toBeVisible()
    expect(await screen.findByRole('cell', { name: 'Search' })).toBeVisible()
    expect(within(form).getByLabelText('Name')).toHaveValue('')

    await user.click(within(reveal).getByRole('button', { name: 'I have saved it' }))
    expect(screen.queryByRole('region', { name: /API key created/ })).toBeNull()
    expect(screen.queryByDisplayValue(secret)).toBeNull()
  })

  it('sends no team or environment when they are left empty, and shows field errors', async () => {
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/api-keys': [],
        'POST /v1/api-keys': problem(400, { title: 'Validation failed.', errors: { Name: ['Name is required.'] } }),
      }),
    )
    renderAppAt('/settings/api-keys')
    const user = userEvent.setup()

    expect(await screen.findByText(/No API keys yet/)).toBeVisible()
    const form = screen.getByRole('region', { name: 'Create an API key' })
    await user.type(within(form).getByLabelText('Name'), '   ')
    await user.click(within(form).getByRole('button', { name: 'Create key' }))

    expect(await within(form).findByText('Name is required.')).toBeVisible()
    expect(bodyOf(requestsTo(fetch, 'POST /v1/api-keys')[0])).toEqual({ name: '   ', team: null, teamId: null, environment: null })
    expect(screen.queryByLabelText('Full API key')).toBeNull()
  })

  it('binds a key to a team from its row, keeping the name', async () => {
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/api-keys': [checkout],
        'GET /v1/teams': [payments],
        'PUT /v1/api-keys/k1': noContent,
      }),
    )
    renderAppAt('/settings/api-keys')
    const user = userEvent.setup()

    const select = await screen.findByRole('combobox', { name: 'Team of Checkout' })
    expect(select).toHaveDisplayValue('payments (text)')
    await user.selectOptions(select, 'Payments')

    await waitFor(() => expect(requestsTo(fetch, 'PUT /v1/api-keys/k1')).toHaveLength(1))
    expect(bodyOf(requestsTo(fetch, 'PUT /v1/api-keys/k1')[0])).toEqual({ name: 'Checkout', teamId: 't1' })
  })

  it('rotates a key only after confirmation and reveals the new secret once', async () => {
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/api-keys': [checkout],
        'POST /v1/api-keys/k1/rotate': created('k1', 'Checkout', rotatedSecret),
      }),
    )
    renderAppAt('/settings/api-keys')
    const user = userEvent.setup()

    await screen.findByRole('cell', { name: 'Checkout' })
    await user.click(within(row('Checkout')).getByRole('button', { name: 'Rotate' }))
    expect(requestsTo(fetch, 'POST /v1/api-keys/k1/rotate')).toHaveLength(0)
    const confirm = screen.getByRole('group', { name: 'Confirm rotating Checkout' })
    expect(confirm).toHaveTextContent('The current one stops working at once')
    await user.click(within(confirm).getByRole('button', { name: 'Yes, rotate' }))

    const reveal = await screen.findByRole('region', { name: 'New secret for Checkout' })
    expect(within(reveal).getByLabelText('Full API key')).toHaveValue(rotatedSecret)
    expect(reveal).toHaveTextContent('You will not see it again')
    expect(reveal).toHaveTextContent('The previous secret of this key has stopped working.')
    expect(requestsTo(fetch, 'POST /v1/api-keys/k1/rotate')).toHaveLength(1)
    expect(screen.queryByRole('group', { name: 'Confirm rotating Checkout' })).toBeNull()
    await waitFor(() => expect(requestsTo(fetch, 'GET /v1/api-keys')).toHaveLength(2))
  })

  it('revokes a key only after confirmation, and cancelling sends nothing', async () => {
    let keys = [checkout]
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/api-keys': () => jsonResponse(200, keys),
        'DELETE /v1/api-keys/k1': () => {
          keys = [{ ...checkout, revoked: true, revokedAt: '2026-11-24T09:00:00Z' }]
          return noContent()
        },
      }),
    )
    renderAppAt('/settings/api-keys')
    const user = userEvent.setup()

    await screen.findByRole('cell', { name: 'Checkout' })
    await user.click(within(row('Checkout')).getByRole('button', { name: 'Revoke' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await user.click(within(row('Checkout')).getByRole('button', { name: 'Revoke' }))
    expect(requestsTo(fetch, 'DELETE /v1/api-keys/k1')).toHaveLength(0)
    const confirm = screen.getByRole('group', { name: 'Confirm revoking Checkout' })
    await user.click(within(confirm).getByRole('button', { name: 'Yes, revoke' }))

    expect(await within(row('Checkout')).findByText(/^Revoked/)).toBeVisible()
    expect(within(row('Checkout')).queryByRole('button')).toBeNull()
    expect(requestsTo(fetch, 'DELETE /v1/api-keys/k1')).toHaveLength(1)
  })

  it('shows a refused rotation next to the row', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/api-keys': [checkout],
        'POST /v1/api-keys/k1/rotate': problem(409, {
          title: 'Conflict.',
          detail: 'A revoked key cannot be rotated. Create a new key instead.',
        }),
      }),
    )
    renderAppAt('/settings/api-keys')
    const user = userEvent.setup()

    await screen.findByRole('cell', { name: 'Checkout' })
    await user.click(within(row('Checkout')).getByRole('button', { name: 'Rotate' }))
    await user.click(screen.getByRole('button', { name: 'Yes, rotate' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not rotate Checkout: A revoked key cannot be rotated.')
    expect(alert.closest('tr')!.previousElementSibling).toBe(row('Checkout'))
    expect(screen.queryByLabelText('Full API key')).toBeNull()
  })

  it('explains to a member that only owners and admins manage keys, without asking for them', async () => {
    const fetch = mockApi(signedInRoutes({ 'GET /v1/me': me('member') }))
    renderAppAt('/settings/api-keys')

    expect(await screen.findByText(/Only owners and admins can see, create, rotate or revoke API keys/)).toBeVisible()
    expect(screen.queryByRole('region', { name: 'Create an API key' })).toBeNull()
    expect(screen.queryByRole('table')).toBeNull()
    expect(requestsTo(fetch, 'GET /v1/api-keys')).toHaveLength(0)
  })
})
