// Calls to the AIntops API straight from a spec, to set data up and to read the figures the UI must show.
import { check } from './app.mjs'

/** Signs the account in for each call: the test server's access tokens live six seconds. */
export function apiAs(baseUrl, account) {
  return async (method, path, body) => {
    const login = await fetch(`${baseUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: account.password }),
    })
    check(login.ok, `login answered ${login.status}`)
    const { accessToken } = await login.json()
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    check(response.ok, `${method} ${path} answered ${response.status}: ${text}`)
    return text ? JSON.parse(text) : undefined
  }
}

export async function createApiKey(api, name) {
  const created = await api('POST', '/v1/api-keys', { name })
  return created.key
}

export async function ingestBatch(baseUrl, apiKey, events) {
  const response = await fetch(`${baseUrl}/v1/ingest/batch`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': apiKey },
    body: JSON.stringify({ events }),
  })
  const answer = await response.json()
  check(response.ok && answer.accepted === events.length, `batch answered ${response.status}: ${JSON.stringify(answer)}`)
  return answer
}

/** As the SPA shows money and counts (src/lib/format.ts): cents, and up to three significant digits below ten cents. */
export function formatUsd(amount) {
  const magnitude = Math.abs(amount)
  const decimals = magnitude === 0 || magnitude >= 0.1 ? 2 : Math.min(20, 2 - Math.floor(Math.log10(magnitude)))
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: decimals }).format(amount)
}
export const formatCount = (count) => count.toLocaleString('en-US')
