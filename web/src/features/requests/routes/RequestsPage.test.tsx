import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockApi, requestsTo, signedInRoutes } from '@/test/api'
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

const cursor = '1795600740000_01937a2b4c5d7e6f8a9b0c1d2e3f4a5b'

const listUrl = (dataMode: string, before?: string) =>
  `GET /v1/requests?limit=50&dataMode=${dataMode}${before ? `&before=${encodeURIComponent(before)}` : ''}`

const rowOf = (text: string) => screen.getByRole('cell', { name: text }).closest('tr')!
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent)

describe('RequestsPage', () => {
  it('lists the latest real requests with tokens and cost, and an unpriced badge instead of $0', async () => {
    mockApi(signedInRoutes({ [listUrl('real')]: { items: [priced, unpriced], nextBefore: null } }))
    renderAppAt('/requests')

    await screen.findByRole('cell', { name: 'gpt-4o-mini' })
    expect(cellsOf(rowOf('gpt-4o-mini')).slice(1)).toEqual([
      'gpt-4o-mini',
      'chat',
      'support',
      'success',
      '1,200',
      '300',
      '$0.00036',
    ])
    const unpricedRow = rowOf('llama-x-unknown')
    expect(within(unpricedRow).getByText('unpriced')).toHaveClass('badge')
    expect(unpricedRow).not.toHaveTextContent('$')
    expect(screen.getByLabelText('Data')).toHaveValue('real')
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull()
  })

  it('loads the next page with the cursor and appends it', async () => {
    const fetch = mockApi(
      signedInRoutes({
        [listUrl('real')]: { items: [priced, unpriced], nextBefore: cursor },
        [listUrl('real', cursor)]: { items: [older], nextBefore: null },
      }),
    )
    renderAppAt('/requests')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Load more' }))

    expect(await screen.findByRole('cell', { name: 'claude-haiku' })).toBeVisible()
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[1].textContent),
    ).toEqual(['gpt-4o-mini', 'llama-x-unknown', 'claude-haiku'])
    expect(cellsOf(rowOf('claude-haiku'))[7]).toBe('$1.50')
    expect(requestsTo(fetch, listUrl('real', cursor))).toHaveLength(1)
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull())
  })

  it('keeps the data-mode filter in the URL and marks demo and test rows', async () => {
    const fetch = mockApi(
      signedInRoutes({
        [listUrl('demo')]: { items: [event('d1', { dataMode: 'demo', model: 'gpt-4o' })], nextBefore: null },
        [listUrl('all')]: { items: [event('d1', { dataMode: 'demo', model: 'gpt-4o' }), priced], nextBefore: null },
      }),
    )
    const router = renderAppAt('/requests?dataMode=demo')
    const user = userEvent.setup()

    expect(await screen.findByRole('cell', { name: 'gpt-4o' })).toBeVisible()
    expect(screen.getByLabelText('Data')).toHaveValue('demo')
    expect(within(rowOf('gpt-4o')).getByText('demo')).toHaveClass('badge')

    await user.selectOptions(screen.getByLabelText('Data'), 'all')
    expect(await screen.findByRole('cell', { name: 'gpt-4o-mini' })).toBeVisible()
    expect(router.state.location.search).toBe('?dataMode=all')
    expect(requestsTo(fetch, listUrl('all'))).toHaveLength(1)

    await user.selectOptions(screen.getByLabelText('Data'), 'real')
    expect(router.state.location.search).toBe('')
  })

  it('says when there are no real requests and how to see demo and test data', async () => {
    mockApi(signedInRoutes({ [listUrl('real')]: { items: [], nextBefore: null } }))
    const router = renderAppAt('/requests')
    const user = userEvent.setup()

    expect(await screen.findByText(/No real requests yet/)).toBeVisible()
    await user.click(screen.getByRole('link', { name: 'show all data' }))
    expect(router.state.location.search).toBe('?dataMode=all')
  })

  it('opens the details of a clicked row and closes them', async () => {
    const fetch = mockApi(
      signedInRoutes({
        [listUrl('real')]: { items: [priced, unpriced], nextBefore: null },
        'GET /v1/requests/r2': {
          request: { ...unpriced, clientCostUsd: 0.002 },
          totalTokens: 1500,
          promptHash: null,
          receivedAt: '2026-11-24T10:00:01Z',
          apiKeyName: 'Search',
          metadata: { region: 'eu' },
        },
      }),
    )
    const router = renderAppAt('/requests')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('cell', { name: 'llama-x-unknown' }))

    const panel = await screen.findByRole('complementary', { name: 'Request details' })
    expect(await within(panel).findByText('ext-r2')).toBeVisible()
    expect(within(panel).getByText('unpriced')).toBeVisible()
    expect(panel).toHaveTextContent('Cost sent by the client$0.002')
    expect(panel).toHaveTextContent('Latency840 ms')
    expect(panel).toHaveTextContent('Total tokens1,500')
    expect(panel).toHaveTextContent('API keySearch aik_abcdefgh…')
    expect(panel).toHaveTextContent('"region": "eu"')
    expect(router.state.location.search).toBe('?request=r2')
    expect(requestsTo(fetch, 'GET /v1/requests/r2')).toHaveLength(1)

    await user.click(within(panel).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('complementary', { name: 'Request details' })).toBeNull()
    expect(router.state.location.search).toBe('')
  })
})
