// Runs the browser specs in e2e/specs against E2E_BASE_URL, or only those named on the command line:
//   E2E_BASE_URL=http://127.0.0.1:8080 npm run e2e [-- members refresh-one-tab]
// With E2E_SMTP_PORT set, an SMTP receiver listens there for the API's email (Smtp__Port of the API).
import { existsSync } from 'node:fs'
import { launchBrowser, SpecBrowser, STEP_TIMEOUT_MS } from './support/browser.mjs'
import { startSmtpReceiver } from './support/smtp.mjs'

const specs = ['sign-in', 'password-reset', 'members', 'telemetry', 'providers', 'dashboard', 'usage-explorer', 'filters-travel', 'export', 'usage-views', 'figures', 'requests', 'request-content', 'notifications', 'webhook', 'budgets', 'recommendations', 'reports', 'history', 'drill-downs', 'layout', 'organization-settings', 'teams', 'refresh-one-tab', 'refresh-five-tabs', 'accessibility']
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function fail(message) {
  console.error(`e2e: ${message}`)
  console.log('e2e: 0 passed, 1 failed')
  process.exit(1)
}

const baseUrl = process.env.E2E_BASE_URL?.replace(/\/+$/, '')
if (!baseUrl) fail('E2E_BASE_URL is not set. Example: E2E_BASE_URL=http://127.0.0.1:8080 npm run e2e')
if (!existsSync(executablePath))
  fail(`Chromium not found at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)`)
try {
  await fetch(baseUrl, { signal: AbortSignal.timeout(STEP_TIMEOUT_MS) })
} catch (error) {
  fail(`cannot reach E2E_BASE_URL=${baseUrl}: ${error.cause?.code ?? error.message}`)
}
const selected = process.argv.slice(2)
const unknown = selected.filter((name) => !specs.includes(name))
if (unknown.length) fail(`unknown spec ${unknown.join(', ')}; the specs are ${specs.join(', ')}`)

if (process.env.E2E_SMTP_PORT) await startSmtpReceiver(Number(process.env.E2E_SMTP_PORT))
const browser = await launchBrowser(executablePath)
let passed = 0
let failed = 0
for (const name of selected.length ? selected : specs) {
  const spec = await import(`./specs/${name}.mjs`)
  const specBrowser = new SpecBrowser(browser, baseUrl)
  const started = Date.now()
  try {
    // After a failed step the spec's other steps are skipped, except those marked { always: true }: they stop what the spec
    // started (receivers, fault rules), which the next specs would otherwise meet.
    let failedStep = false
    for (const [step, run, options] of await spec.steps(specBrowser)) {
      if (failedStep && !options?.always) continue
      try {
        await run()
        passed++
        console.log(`ok - ${name}: ${step}`)
      } catch (error) {
        failed++
        failedStep = true
        console.error(`not ok - ${name}: ${step}\n${error.message}`)
        for (const file of await specBrowser.screenshots(`${name}-${step}`)) console.error(`screenshot: ${file}`)
        console.error(specBrowser.log.slice(-30).join('\n'))
      }
    }
  } finally {
    await specBrowser.close()
  }
  console.log(`# ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
await browser.close()
console.log(`e2e: ${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
