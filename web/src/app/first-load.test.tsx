import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { api } from '@/lib/api'
import { analyticsRoutes } from '@/test/analytics'
import { mockApi, requestsTo, signedInRoutes, type Routes } from '@/test/api'
import { authHeader, jsonResponse, problem, tokens } from '@/test/fetch'
import { renderAppAt } from '@/test/render'
import { startFirstLoad } from './first-load'
import { createQueryClient } from './provider'
import { OverviewPage } from './routes'

const later = <T,>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 20))

/** Every call but the refresh needs the new access token, as the API does. */
function requiringToken(routes: Routes): Routes {
  return Object.fromEntries(
    Object.entries(routes).map(([key, reply]) => [
      key,
      key === 'POST /v1/auth/refresh'
        ? reply
        : (init: RequestInit, url: string) =>
            authHeader(init) !== 'Bearer t1'
              ? problem(401, { title: 'Unauthorized' })
              : typeof reply === 'function'
                ? (reply as (init: RequestInit, url: string) => Response)(init, url)
                : jsonResponse(200, reply),
    ]),
  )
}

const at = (path: string) => new URL(path, 'http://localhost')

describe('first load', () => {
  it('shares one refresh between the early start and a request refused meanwhile', async () => {
    const fetch = mockApi(
      requiringToken(signedInRoutes({ ...analyticsRoutes(), 'POST /v1/auth/refresh': () => later(jsonResponse(200, tokens('t1'))) })),
    )
    const queryClient = createQueryClient()

    startFirstLoad(queryClient, at('/'))
    await expect(api.get('/v1/alerts/unread-count')).resolves.toEqual({ count: 0 })

    expect(requestsTo(fetch, 'POST /v1/auth/refresh')).toHaveLength(1)
    expect(requestsTo(fetch, 'GET /v1/alerts/unread-count')).toHaveLength(2)
  })

  it('fetches the account, dashboards and key figures of the Overview before it renders, and once', async () => {
    const fetch = mockApi(requiringToken(signedInRoutes(analyticsRoutes())))
    const queryClient = createQueryClient()
    const preload = vi.spyOn(OverviewPage, 'preload')

    startFirstLoad(queryClient, at('/?range=7d'))
    expect(preload).toHaveBeenCalledOnce()
    await vi.waitFor(() => expect(requestsTo(fetch, 'GET /v1/dashboards')).toHaveLength(1))
    renderAppAt('/?range=7d', queryClient)

    const strip = await screen.findByRole('region', { name: 'Key figures' })
    expect(await within(strip).findByRole('definition', { name: 'Spend in range' })).toHaveTextContent('$1,234.50')
    expect(requestsTo(fetch, 'POST /v1/auth/refresh')).toHaveLength(1)
    expect(requestsTo(fetch, 'GET /v1/me')).toHaveLength(1)
    expect(requestsTo(fetch, 'GET /v1/dashboards')).toHaveLength(1)
    expect(requestsTo(fetch, 'GET /v1/dashboard/overview?range=7d&dataMode=real')).toHaveLength(1)
  })

  it('leaves a visitor whose refresh fails signed out, on the sign-in page, without trying again', async () => {
    const fetch = mockApi({ 'POST /v1/auth/refresh': problem(401, { title: 'Unauthorized' }) })
    const queryClient = createQueryClient()

    startFirstLoad(queryClient, at('/'))
    renderAppAt('/', queryClient)

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeVisible()
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/v1/auth/refresh'])
  })

  it('starts the session but not the Overview on another signed-in page', async () => {
    const fetch = mockApi(signedInRoutes())
    const preload = vi.spyOn(OverviewPage, 'preload')

    startFirstLoad(createQueryClient(), at('/budgets'))

    await vi.waitFor(() => expect(requestsTo(fetch, 'GET /v1/me')).toHaveLength(1))
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/v1/auth/refresh', '/v1/me'])
    expect(preload).not.toHaveBeenCalled()
  })

  it.each(['/login', '/signup', '/forgot-password', '/reset-password', '/accept-invitation'])(
    'starts nothing on the public page %s',
    (path) => {
      const fetch = mockApi({})
      const preload = vi.spyOn(OverviewPage, 'preload')

      startFirstLoad(createQueryClient(), at(path))

      expect(fetch).not.toHaveBeenCalled()
      expect(preload).not.toHaveBeenCalled()
    },
  )
})
