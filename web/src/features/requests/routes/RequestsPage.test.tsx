import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockApi, queriesTo, requestsTo, signedInRoutes } from '@/test/api'
import { jsonResponse, problem } from '@/test/fetch'
import { me } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'

const event = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  externalRequestId: `ext-${id}`,
  timestamp: '2026-11-24T10:00:00Z',
  provider: 'openai',
  model: 'gpt-4o-mini',
  endpointTag: 'chat',
  promptVersion: 'v3',
  team: 'support',
  userId: 'user-42',
  environment: 'prod',
  dataMode: 'real',
  status: 'success',
  errorCode: null,
  inputTokens: 1200,
  outputTokens: 300,
  cachedInputTokens: 200,
  cacheWriteTokens: 0,
  latencyMs: 840,
  costUsd: 0.00036,
  priceKnown: true,
  clientCostUsd: null,
  apiKeyPrefix: 'aik_abcdefgh',
  ...overrides,
})

const priced = event('r1')
const unpriced = event('r2', { model: 'llama-x-unknown', endpointTag: 'search', costUsd: null, priceKnown: false })
const older = event('r3', {
  model: 'claude-haiku',
  endpointTag: 'summarize',
  status: 'error',
  errorCode: 'rate_limited',
  costUsd: 1.5,
})
const detailOf = (request: Record<string, unknown>) => ({
  request: { ...request, clientCostUsd: 0.002 },
  totalTokens: 1500,
  promptHash: 'sha256:abc',
  receivedAt: '2026-11-24T10:00:01Z',
  apiKeyName: 'Search',
  metadata: { region: 'eu' },
})

const keyId = '0f8fad5b-d9cb-469f-a165-70867728950e'
const apiKeys = [
  { id: keyId, name: 'Search', prefix: 'aik_abcdefgh', createdAt: '2026-11-01T00:00:00Z', revoked: false },
  { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', name: 'Old', prefix: 'aik_zyxwvuts', createdAt: '2026-10-01T00:00:00Z', revoked: true },
]
const cursor = '1795600740000_01937a2b4c5d7e6f8a9b0c1d2e3f4a5b'
const page = (items: unknown[], nextBefore: string | null = null) => ({ items, nextBefore })

const requestLog = 'GET /v1/requests'
const lastQuery = (fetch: Parameters<typeof queriesTo>[0]) => Object.fromEntries(queriesTo(fetch, requestLog).at(-1)!)
const rowOf = (text: string) => screen.getByRole('cell', { name: text }).closest('tr')!
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent)

describe('RequestsPage', () => {
  it('lists the latest real requests with tokens and cost, and an unpriced badge instead of $0', async () => {
    const fetch = mockApi(signedInRoutes({ [requestLog]: page([priced, unpriced]), 'GET /v1/api-keys': apiKeys }))
    renderAppAt('/requests')

    await screen.findByRole('cell', { name: 'gpt-4o-mini' })
    expect(cellsOf(rowOf('gpt-4o-mini'))).toEqual([
      'Nov 24, 10:00:00',
      'openai',
      'gpt-4o-mini',
      'chat',
      'support',
      'user-42',
      'success',
      '1,200',
      '300',
      '$0.00036',
    ])
    const unpricedRow = rowOf('llama-x-unknown')
    expect(within(unpricedRow).getByText('unpriced')).toHaveClass('badge')
    expect(unpricedRow).not.toHaveTextContent('$')
    expect(screen.getByLabelText('Data')).toHaveValue('real')
    expect(lastQuery(fetch)).toEqual({ limit: '50', dataMode: 'real' })
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull()
  })

  it("shows a defined team's name instead of the telemetry key it was sent under", async () => {
    mockApi(signedInRoutes({ [requestLog]: page([event('r4', { team: 'team-payments', teamName: 'Payments' })]), 'GET /v1/api-keys': apiKeys }))
    renderAppAt('/requests')

    expect(await screen.findByRole('cell', { name: 'Payments' })).toBeInTheDocument()
    expect(screen.queryByRole('cell', { name: 'team-payments' })).toBeNull()
  })

  it('loads the next page with the cursor and appends it', async () => {
    const fetch = mockApi(
      signedInRoutes({
        [requestLog]: (_init: RequestInit, url: string) =>
          jsonResponse(200, url.includes('before=') ? page([older]) : page([priced, unpriced], cursor)),
      }),
    )
    renderAppAt('/requests?model=gpt-4o-mini')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Load more' }))

    expect(await screen.findByRole('cell', { name: 'claude-haiku' })).toBeVisible()
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[2].textContent),
    ).toEqual(['gpt-4o-mini', 'llama-x-unknown', 'claude-haiku'])
    expect(cellsOf(rowOf('claude-haiku'))[9]).toBe('$1.50')
    expect(lastQuery(fetch)).toEqual({ limit: '50', model: 'gpt-4o-mini', dataMode: 'real', before: cursor })
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull())
  })

  it('writes each filter to the URL and sends it to the API, and clears them all', async () => {
    const fetch = mockApi(signedInRoutes({ [requestLog]: page([priced]), 'GET /v1/api-keys': apiKeys }))
    const router = renderAppAt('/requests')
    const user = userEvent.setup()
    await screen.findByRole('cell', { name: 'gpt-4o-mini' })

    await user.type(screen.getByLabelText('Model'), 'gpt-4o-mini{Enter}')
    await user.type(screen.getByLabelText('Endpoint tag'), 'chat{Enter}')
    await user.type(screen.getByLabelText('Team'), 'support{Enter}')
    await user.type(screen.getByLabelText('User'), 'user-42')
    await user.type(screen.getByLabelText('Provider'), 'openai')
    await user.tab()
    await user.selectOptions(await screen.findByLabelText('API key'), 'Search (aik_abcdefgh…)')
    await user.selectOptions(screen.getByLabelText('Status'), 'error')
    await user.selectOptions(screen.getByLabelText('Environment'), 'prod')
    await user.selectOptions(screen.getByLabelText('Data'), 'all')
    fireEvent.change(screen.getByLabelText('From (UTC)'), { target: { value: '2026-11-24T09:00' } })
    fireEvent.change(screen.getByLabelText('To (UTC)'), { target: { value: '2026-11-24T11:30' } })

    const expected = {
      model: 'gpt-4o-mini',
      endpointTag: 'chat',
      team: 'support',
      userId: 'user-42',
      provider: 'openai',
      apiKeyId: keyId,
      status: 'error',
      environment: 'prod',
      dataMode: 'all',
      from: '2026-11-24T09:00:00Z',
      to: '2026-11-24T11:30:00Z',
    }
    await waitFor(() => expect(lastQuery(fetch)).toEqual({ limit: '50', ...expected }))
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual(expected)
    expect(screen.getByLabelText('API key')).toHaveDisplayValue('Search (aik_abcdefgh…)')
    expect(screen.getByRole('option', { name: 'Old (aik_zyxwvuts…), revoked' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(router.state.location.search).toBe('')
    await waitFor(() => expect(lastQuery(fetch)).toEqual({ limit: '50', dataMode: 'real' }))
    expect(screen.getByLabelText('Model')).toHaveValue('')
    expect(screen.getByLabelText('From (UTC)')).toHaveValue('')
  })

  it('reads the filters from a shared link, ignoring values the API would refuse', async () => {
    const fetch = mockApi(signedInRoutes({ [requestLog]: page([priced]), 'GET /v1/api-keys': apiKeys }))
    renderAppAt(`/requests?userId=user-42&apiKeyId=${keyId}&from=2026-11-24T09:00:00Z&status=maybe&environment=moon`)

    await screen.findByRole('cell', { name: 'gpt-4o-mini' })
    expect(lastQuery(fetch)).toEqual({
      limit: '50',
      apiKeyId: keyId,
      userId: 'user-42',
      from: '2026-11-24T09:00:00Z',
      dataMode: 'real',
    })
    expect(screen.getByLabelText('User')).toHaveValue('user-42')
    expect(screen.getByLabelText('From (UTC)')).toHaveValue('2026-11-24T09:00')
    expect(screen.getByLabelText('Status')).toHaveValue('')
    await waitFor(() => expect(screen.getByLabelText('API key')).toHaveDisplayValue('Search (aik_abcdefgh…)'))
  })

  it('lists the filters a drill-down link applied, prompt version included, and takes them off one by one', async () => {
    const fetch = mockApi(signedInRoutes({ [requestLog]: page([priced]) }))
    const router = renderAppAt(
      '/requests?range=custom&from=2026-11-24T09:00:00Z&to=2026-11-24T10:00:00Z&promptVersion=v3&team=support',
    )
    const user = userEvent.setup()

    await screen.findByRole('cell', { name: 'gpt-4o-mini' })
    expect(lastQuery(fetch)).toEqual({
      limit: '50',
      promptVersion: 'v3',
      team: 'support',
      from: '2026-11-24T09:00:00Z',
      to: '2026-11-24T10:00:00Z',
      dataMode: 'real',
    })
    const applied = screen.getByRole('list', { name: 'Showing requests with' })
    expect(within(applied).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Prompt version: v3×',
      'Team: support×',
      'From (UTC): Nov 24, 09:00:00×',
      'Before (UTC): Nov 24, 10:00:00×',
    ])

    await user.click(within(applied).getByRole('button', { name: 'Remove From (UTC) filter' }))
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      to: '2026-11-24T10:00:00Z',
      promptVersion: 'v3',
      team: 'support',
    })
    await user.click(within(applied).getByRole('button', { name: 'Remove Prompt version filter' }))
    await waitFor(() => expect(lastQuery(fetch)).toEqual({ limit: '50', team: 'support', to: '2026-11-24T10:00:00Z', dataMode: 'real' }))
  })

  it('keeps each row on one line, long values whole in their tooltip', async () => {
    const long = 'a-very-long-fine-tuned-model-name-that-would-wrap-onto-several-lines'
    mockApi(signedInRoutes({ [requestLog]: page([event('r9', { model: long })]) }))
    renderAppAt('/requests')

    expect(await screen.findByRole('cell', { name: long })).toHaveAttribute('title', long)
  })

  it('says when no request matches the filters, and clears them from there', async () => {
    const fetch = mockApi(
      signedInRoutes({
        [requestLog]: (_init: RequestInit, url: string) =>
          jsonResponse(200, url.includes('team=') ? page([]) : page([priced])),
      }),
    )
    const router = renderAppAt('/requests?team=nobody&request=r1')
    const user = userEvent.setup()

    const empty = await screen.findByText(/No requests match these filters/)
    expect(screen.queryByRole('table')).toBeNull()
    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }))

    expect(await screen.findByRole('cell', { name: 'gpt-4o-mini' })).toBeVisible()
    expect(router.state.location.search).toBe('?request=r1')
    expect(lastQuery(fetch)).toEqual({ limit: '50', dataMode: 'real' })
  })

  it('says when there are no real requests at all and how to see demo and test data', async () => {
    mockApi(signedInRoutes({ [requestLog]: page([]) }))
    const router = renderAppAt('/requests')
    const user = userEvent.setup()

    expect(await screen.findByText(/No real requests yet/)).toBeVisible()
    await user.click(screen.getByRole('link', { name: 'show all data' }))
    expect(router.state.location.search).toBe('?dataMode=all')
  })

  it('keeps the data-mode filter in the URL and marks demo and test rows', async () => {
    mockApi(signedInRoutes({ [requestLog]: page([event('d1', { dataMode: 'demo', model: 'gpt-4o' })]) }))
    const router = renderAppAt('/requests?dataMode=demo')
    const user = userEvent.setup()

    expect(await screen.findByRole('cell', { name: 'gpt-4o' })).toBeVisible()
    expect(screen.getByLabelText('Data')).toHaveValue('demo')
    expect(within(rowOf('gpt-4o')).getByText('demo')).toHaveClass('badge')

    await user.selectOptions(screen.getByLabelText('Data'), 'real')
    expect(router.state.location.search).toBe('')
  })

  it('opens a clicked row in a drawer with every field, and closes it with Escape', async () => {
    const fetch = mockApi(
      signedInRoutes({ [requestLog]: page([priced, unpriced]), 'GET /v1/requests/r2': detailOf(unpriced) }),
    )
    const router = renderAppAt('/requests?model=llama-x-unknown')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('cell', { name: 'llama-x-unknown' }))

    const drawer = await screen.findByRole('dialog', { name: 'Request details' })
    expect(drawer).toHaveFocus()
    expect(await within(drawer).findByText('ext-r2')).toBeVisible()
    for (const fact of [
      'Idr2',
      'Time2026-11-24 10:00:00.000 UTC',
      'Provideropenai',
      'Modelllama-x-unknown',
      'Teamsupport',
      'Useruser-42',
      'Endpoint tagsearch',
      'Prompt versionv3',
      'Environmentprod',
      'Datareal',
      'Input tokens1,200',
      'of which cached200',
      'Output tokens300',
      'Total tokens1,500',
      'Costunpriced',
      'Price knownNo',
      'Cost sent by the client$0.002',
      'Latency840 ms',
      'Statussuccess',
      'API keySearch aik_abcdefgh…',
      'Prompt hashsha256:abc',
      '"region": "eu"',
    ])
      expect(drawer).toHaveTextContent(fact)
    expect(router.state.location.search).toBe('?model=llama-x-unknown&request=r2')
    expect(requestsTo(fetch, 'GET /v1/requests/r2')).toHaveLength(1)

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(router.state.location.search).toBe('?model=llama-x-unknown')
  })

  it('reopens the drawer from the URL, and its Close button gives focus back to the row', async () => {
    mockApi(signedInRoutes({ [requestLog]: page([priced, older]), 'GET /v1/requests/r3': detailOf(older) }))
    const router = renderAppAt('/requests?request=r3')
    const user = userEvent.setup()

    const drawer = await screen.findByRole('dialog', { name: 'Request details' })
    expect(await within(drawer).findByText('rate_limited')).toBeVisible()
    expect(drawer).toHaveTextContent('Cost$1.50')
    expect(drawer).toHaveTextContent('Price knownYes')

    const opener = within(rowOf('claude-haiku')).getByRole('button')
    await user.click(opener)
    await user.click(within(drawer).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(router.state.location.search).toBe('')
    expect(opener).toHaveFocus()
  })

  it('shows stored chat messages with their roles, plain output, truncation and redactions', async () => {
    const content = {
      input: [
        { role: 'system', content: 'Answer briefly.' },
        { role: 'user', content: 'I am [email], key [secret]' },
      ],
      output: 'Done.',
      truncated: true,
      redactions: { email: 1, secret: 1 },
    }
    mockApi(signedInRoutes({ [requestLog]: page([priced]), 'GET /v1/requests/r1': { ...detailOf(priced), content, contentHidden: false } }))
    renderAppAt('/requests?request=r1')

    const drawer = await screen.findByRole('dialog', { name: 'Request details' })
    const messages = await within(drawer).findByRole('list', { name: 'Input messages' })
    expect(within(messages).getAllByRole('listitem').map((m) => m.textContent)).toEqual([
      'systemAnswer briefly.',
      'userI am [email], key [secret]',
    ])
    expect(drawer).toHaveTextContent('OutputDone.')
    expect(drawer).toHaveTextContent('Cut to the stored size limit. 2 values redacted (email 1, secret 1) before storing.')
  })

  it('explains hidden content to members and missing content to owners, with a link to the settings', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/me': me('member'),
        [requestLog]: page([priced]),
        'GET /v1/requests/r1': { ...detailOf(priced), content: null, contentHidden: true },
      }),
    )
    renderAppAt('/requests?request=r1')
    const hidden = await screen.findByRole('region', { name: 'Input and output' })
    expect(hidden).toHaveTextContent('owners and admins only')
    expect(within(hidden).queryByRole('link')).toBeNull()
  })

  it('links owners to the organization settings when no content was stored', async () => {
    mockApi(signedInRoutes({ [requestLog]: page([priced]), 'GET /v1/requests/r1': { ...detailOf(priced), content: null, contentHidden: false } }))
    renderAppAt('/requests?request=r1')
    const missing = await screen.findByRole('region', { name: 'Input and output' })
    expect(missing).toHaveTextContent('No input or output was stored')
    expect(await within(missing).findByRole('link', { name: /Settings → Organization/ })).toHaveAttribute('href', '/settings/organization')
  })

  it('shows why the API refused the filters', async () => {
    mockApi(
      signedInRoutes({
        [requestLog]: problem(400, { title: 'One or more validation errors occurred.', errors: { To: ['to must be after from.'] } }),
      }),
    )
    renderAppAt('/requests?from=2026-11-24T12:00:00Z&to=2026-11-24T09:00:00Z')

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load requests: One or more validation errors occurred.')
    expect(alert).toHaveTextContent('to must be after from.')
  })

  it('offers no API key filter to members, who may not list the keys', async () => {
    const fetch = mockApi(signedInRoutes({ 'GET /v1/me': me('member'), [requestLog]: page([priced]) }))
    renderAppAt('/requests')

    await screen.findByRole('cell', { name: 'gpt-4o-mini' })
    expect(screen.queryByLabelText('API key')).toBeNull()
    expect(requestsTo(fetch, 'GET /v1/api-keys')).toHaveLength(0)
  })
})
