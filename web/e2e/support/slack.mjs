// A stand-in for Slack incoming webhooks, for specs that check what the delivery job sends.
import { createServer } from 'node:http'

/**
 * Plays a Slack incoming webhook (or any webhook receiver) on a loopback port: answers 200 "ok" and keeps every body it
 * receives, parsed and raw, with its headers. The port is E2E_SLACK_PORT when set (the API under test may call only the
 * loopback ports it is told), else a free one.
 */
export async function startSlackReceiver() {
  const messages = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      messages.push({ path: request.url, body: JSON.parse(body || '{}'), raw: body, headers: request.headers })
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok')
    })
  })
  await new Promise((resolve) => server.listen(Number(process.env.E2E_SLACK_PORT ?? 0), '127.0.0.1', resolve))
  const close = () => new Promise((resolve) => server.close(resolve))
  return { url: `http://127.0.0.1:${server.address().port}`, messages, close }
}

export const mentions = (message, text) => JSON.stringify(message.body).includes(text)

// The delivery job runs every minute.
export const DELIVERY_TIMEOUT_MS = 100_000
