// First load of the SPA's Overview, as a signed-in person with an empty browser cache sees it:
//   node bench/first-load.mjs <base URL> <email> <password> [path] [runs]
//   node bench/first-load.mjs http://127.0.0.1:8080 owner@example.com 'a long password' '/?dataMode=demo' 5
// Needs a running API serving the built SPA (web/dist) and the web packages installed (npm ci in web/).
// Each run signs in through the API in a fresh browser context, so the page starts with the refresh cookie
// and nothing cached, then opens the path (default /). One run before them warms the server and is not counted.
// Reports the time to first meaningful paint (the first key figure of the Overview visible with its value),
// the requests and the bytes of JavaScript and CSS over the wire, each run and their medians, and the request
// waterfall of the median run: each request's start and end in ms after navigation start.
import { createRequire } from 'node:module'

const { chromium } = createRequire(new URL('../web/package.json', import.meta.url))('playwright-core')

const [baseUrl, email, password, path = '/', runsArgument = '5'] = process.argv.slice(2)
if (!baseUrl || !email || !password) {
  console.error('usage: node bench/first-load.mjs <base URL> <email> <password> [path] [runs]')
  process.exit(2)
}
const runs = Number(runsArgument)
const timeoutMs = 30_000

/** Resolves, at the first animation frame that shows it, with ms after navigation start. */
function firstKeyFigureShown() {
  const figure = document.querySelector('[aria-label="Key figures"] dd')
  return figure?.checkVisibility() && figure.textContent.trim() !== '' ? performance.now() : false
}

function requestsOf() {
  const [navigation] = performance.getEntriesByType('navigation')
  return [navigation, ...performance.getEntriesByType('resource')].map((entry) => ({
    url: entry.name,
    type: entry.initiatorType,
    start: entry.startTime,
    end: entry.responseEnd,
    bytes: entry.transferSize,
  }))
}

async function measure(browser) {
  const context = await browser.newContext({ baseURL: baseUrl })
  try {
    const login = await context.request.post('/v1/auth/login', { data: { email, password } })
    if (!login.ok()) throw new Error(`sign-in answered ${login.status()}: ${await login.text()}`)
    const page = await context.newPage()
    await page.goto(path, { waitUntil: 'commit', timeout: timeoutMs })
    const shown = await page.waitForFunction(firstKeyFigureShown, null, { polling: 'raf', timeout: timeoutMs })
    const firstPaintMs = await shown.jsonValue()
    await page.getByRole('region', { name: 'Key figures' }).locator('dd').first().waitFor({ state: 'visible' })
    await page.waitForLoadState('networkidle', { timeout: timeoutMs })
    const requests = (await page.evaluate(requestsOf)).sort((a, b) => a.start - b.start)
    const scripts = requests.filter((r) => /\.(js|css)$/.test(new URL(r.url).pathname))
    return {
      firstPaintMs,
      requests,
      requestCount: requests.length,
      requestsBeforePaint: requests.filter((r) => r.start < firstPaintMs).length,
      scriptBytes: scripts.reduce((sum, r) => sum + r.bytes, 0),
    }
  } finally {
    await context.close()
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const ms = (value) => `${Math.round(value)} ms`
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  await measure(browser)
  const results = []
  for (let run = 1; run <= runs; run++) {
    const result = await measure(browser)
    results.push(result)
    console.log(
      `run ${run}: first key figure at ${ms(result.firstPaintMs)}, ${result.requestCount} requests ` +
        `(${result.requestsBeforePaint} started before it), ${kb(result.scriptBytes)} of JS and CSS`,
    )
  }
  const paint = median(results.map((r) => r.firstPaintMs))
  console.log(
    `median of ${runs}: first key figure at ${ms(paint)}, ${median(results.map((r) => r.requestCount))} requests ` +
      `(${median(results.map((r) => r.requestsBeforePaint))} started before it), ` +
      `${kb(median(results.map((r) => r.scriptBytes)))} of JS and CSS`,
  )
  const typical = results.reduce((best, r) => (Math.abs(r.firstPaintMs - paint) < Math.abs(best.firstPaintMs - paint) ? r : best))
  console.log(`waterfall of the run closest to the median (ms after navigation start; * = after the first key figure):`)
  for (const r of typical.requests) {
    const { pathname, search } = new URL(r.url)
    const after = r.start >= typical.firstPaintMs ? '*' : ' '
    console.log(
      `${after} ${String(Math.round(r.start)).padStart(5)} → ${String(Math.round(r.end)).padStart(5)}  ` +
        `${r.type.padEnd(10)} ${kb(r.bytes).padStart(6)}  ${pathname}${search.length > 40 ? `${search.slice(0, 40)}…` : search}`,
    )
  }
  console.log(`${' '.repeat(2)}${String(Math.round(typical.firstPaintMs)).padStart(5)}  first key figure visible`)
} finally {
  await browser.close()
}
