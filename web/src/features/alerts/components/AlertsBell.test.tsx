import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mockApi, requestsTo, signedInRoutes } from '@/test/api'
import { jsonResponse } from '@/test/fetch'
import { renderAppAt } from '@/test/render'
import { unreadPollMs } from '../api/get-unread-count'

describe('AlertsBell', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows the unread count in the header, links to the inbox, and polls for new alerts', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    let count = 3
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/alerts/unread-count': () => jsonResponse(200, { count }),
        'GET /v1/alerts': { items: [], nextBefore: null },
      }),
    )
    const router = renderAppAt('/')

    const bell = await screen.findByRole('link', { name: 'Alerts, 3 unread' })
    expect(bell).toHaveTextContent('3')
    const before = requestsTo(fetch, 'GET /v1/alerts/unread-count').length

    count = 120
    await act(() => vi.advanceTimersByTimeAsync(unreadPollMs))
    expect(await screen.findByRole('link', { name: 'Alerts, 120 unread' })).toHaveTextContent('99+')
    expect(requestsTo(fetch, 'GET /v1/alerts/unread-count').length).toBeGreaterThan(before)

    await userEvent.setup({ advanceTimers: vi.advanceTimersByTime }).click(screen.getByRole('link', { name: 'Alerts, 120 unread' }))
    expect(router.state.location.pathname).toBe('/alerts')
  })

  it('shows no number when nothing is unread', async () => {
    mockApi(signedInRoutes())
    renderAppAt('/')

    const bell = await screen.findByRole('link', { name: 'Alerts, 0 unread' })
    expect(bell).not.toHaveTextContent('0')
  })
})
