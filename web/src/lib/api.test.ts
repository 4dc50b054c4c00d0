import { describe, expect, it } from 'vitest'
import { authHeader, jsonResponse, mockFetch, problem, tokens } from '@/test/fetch'
import { api, ApiError, getAccessToken, onSessionExpired, setAccessToken } from './api'

const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 10))

describe('api client', () => {
  it('sends JSON with the in-memory bearer token and the refresh cookie', async () => {
    setAccessToken('abc')
    const fetch = mockFetch(() => jsonResponse(200, { ok: true }))

    await expect(api.post('/v1/things', { a: 1 })).resolves.toEqual({ ok: true })

    const [url, init] = fetch.mock.calls[0]
    expect(url).toBe('/v1/things')
    expect(init).toMatchObject({ method: 'POST', body: '{"a":1}', credentials: 'include' })
    expect(init.headers).toMatchObject({ Authorization: 'Bearer abc', 'Content-Type': 'application/json' })
  })

  it('shares one refresh between concurrent 401s and retries each request with the new token', async () => {
    setAccessToken('old')
    const fetch = mockFetch((url, init) => {
      if (url === '/v1/auth/refresh') return later(jsonResponse(200, tokens('new')))
      if (authHeader(init) === 'Bearer old') return jsonResponse(401)
      return jsonResponse(200, { url, auth: authHeader(init) })
    })

    const results = await Promise.all(['/v1/a', '/v1/b', '/v1/c'].map((p) => api.get(p)))

    expect(fetch.mock.calls.filter(([url]) => url === '/v1/auth/refresh')).toHaveLength(1)
    expect(results).toEqual(['/v1/a', '/v1/b', '/v1/c'].map((url) => ({ url, auth: 'Bearer new' })))
    expect(fetch).toHaveBeenCalledTimes(7)
    expect(getAccessToken()).toBe('new')
  })

  it('gives up with a 401 ApiError and forgets the token when the refresh fails', async () => {
    setAccessToken('old')
    const fetch = mockFetch((url) =>
      url === '/v1/auth/refresh' ? problem(401, { title: 'Unauthorized' }) : jsonResponse(401),
    )

    const error = await api.get('/v1/me').catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 401 })
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(getAccessToken()).toBeNull()
  })

  it('retries a request that was sent with a token another request has already renewed', async () => {
    setAccessToken('old')
    let releaseSlow: (response: Response) => void = () => {}
    const fetch = mockFetch((url, init) => {
      if (url === '/v1/auth/refresh') return jsonResponse(200, tokens('new'))
      if (url === '/v1/slow' && authHeader(init) === 'Bearer old')
        return new Promise<Response>((r) => (releaseSlow = r))
      if (authHeader(init) === 'Bearer old') return jsonResponse(401)
      return jsonResponse(200, { url })
    })

    const slow = api.get('/v1/slow')
    await expect(api.get('/v1/fast')).resolves.toEqual({ url: '/v1/fast' })
    releaseSlow(jsonResponse(401))

    await expect(slow).resolves.toEqual({ url: '/v1/slow' })
    expect(fetch.mock.calls.filter(([url]) => url === '/v1/auth/refresh')).toHaveLength(1)
  })

  it('tells listeners once the session cannot be renewed, and not for a request that recovers', async () => {
    let expired = 0
    const stop = onSessionExpired(() => expired++)
    setAccessToken('old')
    mockFetch((url, init) => {
      if (url === '/v1/auth/refresh') return jsonResponse(200, tokens('new'))
      return authHeader(init) === 'Bearer new' ? jsonResponse(200, {}) : jsonResponse(401)
    })
    await api.get('/v1/a')
    expect(expired).toBe(0)

    mockFetch((url) => (url === '/v1/auth/refresh' ? problem(401, { title: 'Unauthorized' }) : jsonResponse(401)))
    setAccessToken('stale')
    await expect(api.get('/v1/b')).rejects.toMatchObject({ status: 401 })
    expect(expired).toBe(1)
    stop()
  })

  it('sends PATCH and DELETE with the token', async () => {
    setAccessToken('abc')
    const fetch = mockFetch(() => new Response(null, { status: 204 }))

    await api.patch('/v1/members/u1', { role: 'admin' })
    await api.delete('/v1/members/u1')

    expect(fetch.mock.calls.map(([url, init]) => [url, init.method, init.body, authHeader(init)])).toEqual([
      ['/v1/members/u1', 'PATCH', '{"role":"admin"}', 'Bearer abc'],
      ['/v1/members/u1', 'DELETE', undefined, 'Bearer abc'],
    ])
  })

  it('does not refresh when the caller opts out', async () => {
    const fetch = mockFetch(() => problem(401, { title: 'Unauthorized', detail: 'Invalid email or password.' }))

    await expect(api.post('/v1/auth/login', {}, { refreshOn401: false })).rejects.toThrow('Invalid email or password.')
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})

describe('ProblemDetails parsing', () => {
  it('maps title, detail and per-field errors onto ApiError', async () => {
    mockFetch(() =>
      problem(400, {
        title: 'One or more validation errors occurred.',
        detail: 'Check the highlighted fields.',
        errors: { Password: ['Password must be at least 8 bytes.'], '$.email': 'Email is invalid.' },
      }),
    )

    const error = (await api.post('/v1/auth/signup', {}).catch((e: unknown) => e)) as ApiError

    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.title).toBe('One or more validation errors occurred.')
    expect(error.message).toBe('Check the highlighted fields.')
    expect(error.fieldErrors).toEqual({
      password: ['Password must be at least 8 bytes.'],
      email: ['Email is invalid.'],
    })
  })

  it('falls back to the title, then the status, when the body has no detail', async () => {
    mockFetch(() => problem(409, { title: 'Email already registered.' }))
    await expect(api.post('/v1/auth/signup', {})).rejects.toThrow('Email already registered.')

    mockFetch(() => new Response('<html>oops</html>', { status: 502 }))
    const error = (await api.get('/v1/me').catch((e: unknown) => e)) as ApiError
    expect(error).toMatchObject({ status: 502, fieldErrors: {}, message: 'Request failed with status 502' })
  })

  it('returns undefined for 204 responses', async () => {
    mockFetch(() => new Response(null, { status: 204 }))
    await expect(api.post('/v1/auth/logout')).resolves.toBeUndefined()
  })
})
