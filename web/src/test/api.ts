import type { Mock } from 'vitest'
import { jsonResponse, mockFetch, problem, tokens } from './fetch'
import { checklist, dashboards, me, unlimitedUsage } from './fixtures'

type Reply = (init: RequestInit, url: string) => Response | Promise<Response>
/** Keyed by "METHOD /path": a reply function, a Response, or any other value answered as 200 JSON. */
export type Routes = Record<string, unknown>

export function mockApi(routes: Routes) {
  return mockFetch((url, init) => {
    const exact = `${init.method ?? 'GET'} ${url}`
    // A route without a query string answers that path whatever its query.
    const key = exact in routes ? exact : exact.split('?')[0]
    if (!(key in routes)) return problem(404, { title: 'Not found.', detail: `No mock for ${exact}` })
    const route = routes[key]
    if (typeof route === 'function') return (route as Reply)(init, url)
    return route instanceof Response ? route.clone() : jsonResponse(200, route)
  })
}

/** A signed-in owner of one organization with a fresh dashboard and checklist. */
export function signedInRoutes(overrides: Routes = {}): Routes {
  return {
    'POST /v1/auth/refresh': tokens('t1'),
    'GET /v1/me': me(),
    'GET /v1/onboarding': checklist(),
    'GET /v1/dashboards': dashboards,
    'GET /v1/providers': [],
    'GET /v1/providers/mock': [],
    'GET /v1/requests': { items: [], nextBefore: null },
    'GET /v1/alerts/unread-count': { count: 0 },
    'GET /v1/organization/usage': unlimitedUsage,
    ...overrides,
  }
}

export const requestsTo = (fetch: Mock, key: string) =>
  fetch.mock.calls.filter(([url, init]) => `${(init as RequestInit).method ?? 'GET'} ${url}` === key)

export const bodyOf = (call: unknown[]) => JSON.parse(String((call[1] as RequestInit).body)) as unknown

/** The query strings sent to one path, e.g. queriesTo(fetch, 'GET /v1/usage/explorer'). */
export const queriesTo = (fetch: Mock, key: string) =>
  fetch.mock.calls
    .filter(([url, init]) => `${(init as RequestInit).method ?? 'GET'} ${String(url).split('?')[0]}` === key)
    .map(([url]) => new URLSearchParams(String(url).split('?')[1] ?? ''))
