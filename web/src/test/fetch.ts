import { vi } from 'vitest'

export type Handler = (url: string, init: RequestInit) => Response | Promise<Response>

export function jsonResponse(status: number, body?: unknown, contentType = 'application/json') {
  const payload = body === undefined ? null : JSON.stringify(body)
  return new Response(payload, { status, headers: { 'Content-Type': contentType } })
}

export function problem(status: number, body: Record<string, unknown>) {
  return jsonResponse(status, { status, ...body }, 'application/problem+json')
}

export function mockFetch(handler: Handler) {
  const fn = vi.fn((input: string, init: RequestInit) => Promise.resolve(handler(String(input), init ?? {})))
  vi.stubGlobal('fetch', fn)
  return fn
}

export function authHeader(init: RequestInit | undefined) {
  return (init?.headers as Record<string, string> | undefined)?.Authorization
}

export const tokens = (accessToken: string) => ({
  accessToken,
  expiresIn: 900,
  refreshToken: 'r',
  tokenType: 'Bearer',
})
