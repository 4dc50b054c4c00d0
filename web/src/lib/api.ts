import { toApiError } from './api-error'
import type { components } from './api/schema'

export { ApiError, toApiError, type FieldErrors, type ProblemDetails } from './api-error'

export type TokenResponse = components['schemas']['AuthTokens']

export type RequestOptions = {
  method?: string
  body?: unknown
  refreshOn401?: boolean
  signal?: AbortSignal
}

type BodylessOptions = Omit<RequestOptions, 'method' | 'body'>

let accessToken: string | null = null
let refreshInFlight: Promise<boolean> | null = null
const sessionExpiredListeners = new Set<() => void>()

export const getAccessToken = () => accessToken

export function setAccessToken(token: string | null) {
  accessToken = token
}

/** Called when a request was refused and no refresh could renew the session. */
export function onSessionExpired(listener: () => void): () => void {
  sessionExpiredListeners.add(listener)
  return () => sessionExpiredListeners.delete(listener)
}

function send(path: string, { method = 'GET', body, signal }: RequestOptions, token: string | null) {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (token) headers.Authorization = `Bearer ${token}`
  const payload = body === undefined ? undefined : JSON.stringify(body)
  return fetch(path, { method, headers, body: payload, credentials: 'include', signal })
}

async function refresh(): Promise<boolean> {
  const response = await send('/v1/auth/refresh', { method: 'POST', body: {} }, null)
  if (!response.ok) {
    accessToken = null
    return false
  }
  const tokens = (await response.json()) as TokenResponse
  accessToken = tokens.accessToken
  return accessToken !== null
}

/**
 * Tabs share the refresh cookie. Refreshing one tab at a time (Web Locks) means each refresh
 * sends the newest cookie, so no tab presents a token that another tab has already rotated twice.
 */
async function refreshAcrossTabs(): Promise<boolean> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  return locks ? await locks.request('aintops-refresh', refresh) : refresh()
}

export function refreshAccessToken(): Promise<boolean> {
  refreshInFlight ??= refreshAcrossTabs().finally(() => {
    refreshInFlight = null
  })
  return refreshInFlight
}

export async function ensureAccessToken(): Promise<boolean> {
  return accessToken !== null || refreshAccessToken()
}

async function readBody<T>(response: Response): Promise<T> {
  const text = response.status === 204 ? '' : await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

/** Sends with the access token, renewing it once on a 401; throws the API's error for any other failure. */
async function authorized(path: string, options: RequestOptions): Promise<Response> {
  const sentWith = accessToken
  let response = await send(path, options, sentWith)
  if (response.status === 401 && options.refreshOn401 !== false) {
    const renewed = accessToken !== sentWith ? accessToken !== null : await refreshAccessToken()
    if (renewed) response = await send(path, options, accessToken)
    if (response.status === 401) sessionExpiredListeners.forEach((listener) => listener())
  }
  if (!response.ok) throw await toApiError(response)
  return response
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return readBody<T>(await authorized(path, options))
}

export type Download = { blob: Blob; headers: Headers }

/** A file the API answers (an export), with the response headers that describe it. */
export async function download(path: string, options: BodylessOptions = {}): Promise<Download> {
  const response = await authorized(path, { ...options, method: 'GET' })
  return { blob: await response.blob(), headers: response.headers }
}

export const api = {
  get: <T>(path: string, options?: BodylessOptions) => request<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: BodylessOptions) =>
    request<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: BodylessOptions) =>
    request<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: BodylessOptions) =>
    request<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options?: BodylessOptions) => request<T>(path, { ...options, method: 'DELETE' }),
}
