import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { bodyOf, mockApi, requestsTo, signedInRoutes } from '@/test/api'
import { jsonResponse, problem } from '@/test/fetch'
import { me, providerConnection } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'
import type { ProviderConnection } from '../api/list-providers'

const connection = (id: string, name: string, overrides: Partial<ProviderConnection> = {}) =>
  providerConnection({ id, name, ...overrides }) as ProviderConnection

const openai = connection('p1', 'Main account')
const row = (name: string) => screen.getByRole('cell', { name }).closest('tr')!
const mockKey = 'sk-admin-MOCK-VALID-KEY-1234567890'

describe('ProvidersPage', () => {
  it('lists connections with status, masked key, data range, backfill progress and the last error', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/providers': [
          openai,
          connection('p2', 'Claude', {
            provider: 'anthropic',
            status: 'syncing',
            backfilling: true,
            backfillDaysDone: 9,
            backfillDaysTotal: 30,
            dataFrom: null,
            dataTo: null,
            lastSyncFinishedAt: null,
          }),
          connection('p3', 'Old org', { status: 'key_refused', lastError: 'OpenAI refused the key. Replace the key.' }),
        ],
      }),
    )
    renderAppAt('/settings/providers')

    await screen.findByRole('cell', { name: 'Main account' })
    expect(within(row('Main account')).getByText('OK')).toBeVisible()
    expect(within(row('Main account')).getByText('••••7890')).toBeVisible()
    expect(within(row('Main account')).getByText(/^30 days/)).toBeVisible()
    expect(within(row('Claude')).getByText('Syncing…')).toBeVisible()
    expect(within(row('Claude')).getByRole('progressbar', { name: 'Backfill of Claude' })).toHaveAttribute('value', '9')
    expect(within(row('Claude')).getByText('9 of 30 days')).toBeVisible()
    expect(within(row('Claude')).getByRole('button', { name: 'Sync now' })).toBeDisabled()
    expect(within(row('Old org')).getByText('Key refused')).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('Last sync failed: OpenAI refused the key. Replace the key.')
  })

  it('connects with the chosen provider, the key and an optional base URL', async () => {
    let connections: ProviderConnection[] = []
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/providers': () => jsonResponse(200, connections),
        'POST /v1/providers': () => {
          connections = [connection('p9', 'Claude org', { provider: 'anthropic' })]
          return jsonResponse(201, connections[0])
        },
      }),
    )
    renderAppAt('/settings/providers')
    const user = userEvent.setup()

    const form = await screen.findByRole('region', { name: 'Connect a provider' })
    expect(await screen.findByText('No provider connected yet.')).toBeVisible()
    await user.selectOptions(within(form).getByLabelText('Provider'), 'anthropic')
    expect(within(form).getByLabelText('Base URL (optional)')).toHaveAttribute('placeholder', 'https://api.anthropic.com')
    await user.type(within(form).getByLabelText('Admin API key'), 'sk-ant-admin01-MOCK-VALID-KEY-1234567890')
    await user.type(within(form).getByLabelText('Base URL (optional)'), 'http://127.0.0.1:8001')
    await user.click(within(form).getByRole('button', { name: 'Connect' }))

    expect(await screen.findByRole('cell', { name: 'Claude org' })).toBeVisible()
    expect(bodyOf(requestsTo(fetch, 'POST /v1/providers')[0])).toEqual({
      provider: 'anthropic',
      credentials: 'sk-ant-admin01-MOCK-VALID-KEY-1234567890',
      baseUrl: 'http://127.0.0.1:8001',
    })
    expect(within(form).getByLabelText('Admin API key')).toHaveValue('')
    await waitFor(() => expect(requestsTo(fetch, 'GET /v1/onboarding').length).toBeGreaterThan(1))
  })

  it('shows a refused key and keeps what was typed', async () => {
    const fetch = mockApi(
      signedInRoutes({
        'POST /v1/providers': problem(400, {
          title: 'The provider refused the key.',
          detail: 'OpenAI refused the key: Incorrect API key provided.',
          errors: { credentials: ['OpenAI refused the key: Incorrect API key provided.'] },
        }),
      }),
    )
    renderAppAt('/settings/providers')
    const user = userEvent.setup()

    const form = await screen.findByRole('region', { name: 'Connect a provider' })
    await user.type(within(form).getByLabelText('Admin API key'), 'sk-admin-wrong')
    await user.click(within(form).getByRole('button', { name: 'Connect' }))

    expect(await within(form).findByRole('alert')).toHaveTextContent('OpenAI refused the key')
    expect(bodyOf(requestsTo(fetch, 'POST /v1/providers')[0])).toEqual({
      provider: 'openai',
      credentials: 'sk-admin-wrong',
      baseUrl: null,
    })
    expect(within(form).getByLabelText('Admin API key')).toHaveValue('sk-admin-wrong')
  })

  it('syncs now, rotates the key, and disconnects only after confirming', async () => {
    let connections = [openai]
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/providers': () => jsonResponse(200, connections),
        'POST /v1/providers/p1/sync': jsonResponse(202, { ...openai, status: 'syncing' }),
        'PUT /v1/providers/p1/credentials': jsonResponse(200, openai),
        'DELETE /v1/providers/p1': () => {
          connections = []
          return new Response(null, { status: 204 })
        },
      }),
    )
    renderAppAt('/settings/providers')
    const user = userEvent.setup()

    await screen.findByRole('cell', { name: 'Main account' })
    await user.click(within(row('Main account')).getByRole('button', { name: 'Sync now' }))
    await waitFor(() => expect(requestsTo(fetch, 'POST /v1/providers/p1/sync')).toHaveLength(1))

    await user.click(within(row('Main account')).getByRole('button', { name: 'Rotate key' }))
    const keyForm = screen.getByRole('form', { name: 'New key for Main account' })
    await user.type(within(keyForm).getByLabelText('New admin API key'), mockKey)
    await user.click(within(keyForm).getByRole('button', { name: 'Save key' }))
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New key for Main account' })).toBeNull())
    expect(bodyOf(requestsTo(fetch, 'PUT /v1/providers/p1/credentials')[0])).toEqual({ credentials: mockKey })

    await user.click(within(row('Main account')).getByRole('button', { name: 'Disconnect' }))
    const confirm = screen.getByRole('group', { name: 'Confirm disconnecting Main account' })
    expect(confirm).toHaveTextContent('all usage and cost synced from it are deleted')
    expect(requestsTo(fetch, 'DELETE /v1/providers/p1')).toHaveLength(0)
    await user.click(within(confirm).getByRole('button', { name: 'Yes, disconnect' }))
    expect(await screen.findByText('No provider connected yet.')).toBeVisible()
  })

  it('shows members the connections without any action', async () => {
    mockApi(signedInRoutes({ 'GET /v1/me': me('member'), 'GET /v1/providers': [openai] }))
    renderAppAt('/settings/providers')

    await screen.findByRole('cell', { name: 'Main account' })
    expect(screen.getByText(/Only owners and admins can connect, sync, rotate or disconnect providers/)).toBeVisible()
    expect(screen.queryByRole('region', { name: 'Connect a provider' })).toBeNull()
    expect(within(row('Main account')).queryByRole('button')).toBeNull()
  })
})
