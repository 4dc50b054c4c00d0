import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const STEP_TIMEOUT_MS = 10_000
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const artifactsDir = join(dirname(fileURLToPath(import.meta.url)), 'artifacts')
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function fail(message) {
  console.error(`e2e: ${message}`)
  console.log('e2e: 0 passed, 1 failed')
  process.exit(1)
}

const baseUrl = process.env.E2E_BASE_URL?.replace(/\/+$/, '')
if (!baseUrl) fail('E2E_BASE_URL is not set. Example: E2E_BASE_URL=http://127.0.0.1:8080 npm run e2e')
if (!existsSync(executablePath)) fail(`Chromium not found at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)`)
try {
  await fetch(baseUrl, { signal: AbortSignal.timeout(STEP_TIMEOUT_MS) })
} catch (error) {
  fail(`cannot reach E2E_BASE_URL=${baseUrl}: ${error.cause?.code ?? error.message}`)
}

const suffix = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
const account = {
  name: 'E2E User',
  email: `e2e-${suffix}@example.test`,
  password: 'e2e-Password-123!',
  organization: `E2E Org ${suffix}`,
}

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: STEP_TIMEOUT_MS * 3 })
const page = await browser.newPage({ baseURL: baseUrl })
page.setDefaultTimeout(STEP_TIMEOUT_MS)
page.setDefaultNavigationTimeout(STEP_TIMEOUT_MS)
const browserLog = []
page.on('console', (msg) => browserLog.push(`console.${msg.type()}: ${msg.text()}`))
page.on('response', (res) => res.status() >= 400 && browserLog.push(`HTTP ${res.status()} ${res.request().method()} ${res.url()}`))

const signedIn = () => page.getByRole('heading', { name: `Signed in to ${account.organization}` }).waitFor()
const atPath = (path) => page.waitForURL((url) => url.pathname === path)

const steps = [
  ['sign up', async () => {
    await page.goto('/signup')
    await page.getByLabel('Name', { exact: true }).fill(account.name)
    await page.getByLabel('Email', { exact: true }).fill(account.email)
    await page.getByLabel('Password', { exact: true }).fill(account.password)
    await page.getByLabel('Organization name', { exact: true }).fill(account.organization)
    await page.getByRole('button', { name: 'Create account' }).click()
    await atPath('/')
    await signedIn()
    await page.getByText(account.email).waitFor()
  }],
  ['stay signed in after reload', async () => {
    await page.reload()
    await signedIn()
  }],
  ['log out', async () => {
    await page.getByRole('button', { name: 'Log out' }).click()
    await atPath('/login')
    await page.goto('/')
    await atPath('/login')
  }],
  ['log in again', async () => {
    await page.getByLabel('Email', { exact: true }).fill(account.email)
    await page.getByLabel('Password', { exact: true }).fill(account.password)
    await page.getByRole('button', { name: 'Log in' }).click()
    await atPath('/')
    await signedIn()
  }],
]

let failed = null
for (const [name, run] of steps) {
  try {
    await run()
    console.log(`ok - ${name}`)
  } catch (error) {
    failed = name
    console.error(`not ok - ${name}\n${error.message}`)
    mkdirSync(artifactsDir, { recursive: true })
    const file = join(artifactsDir, `${suffix}-${name.replaceAll(' ', '-')}.png`)
    await page.screenshot({ path: file, fullPage: true }).then(() => console.error(`screenshot: ${file}`), () => {})
    console.error(`page: ${page.url()}\n${browserLog.slice(-20).join('\n')}`)
    break
  }
}
await browser.close()
console.log(`e2e: ${failed ? 0 : 1} passed, ${failed ? 1 : 0} failed`)
process.exit(failed ? 1 : 0)
