import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

export const STEP_TIMEOUT_MS = 10_000
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
const artifactsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts')

export const launchBrowser = (executablePath) =>
  chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: STEP_TIMEOUT_MS * 3 })

/** The browser contexts and pages of one spec, with their logs, for screenshots and diagnosis on failure. */
export class SpecBrowser {
  constructor(browser, baseUrl) {
    this.browser = browser
    this.baseUrl = baseUrl
    this.contexts = []
    this.pages = []
    this.log = []
  }

  async newContext(options = {}) {
    const context = await this.browser.newContext({ baseURL: this.baseUrl, ...options })
    this.contexts.push(context)
    return context
  }

  async newPage(context, label) {
    const page = await context.newPage()
    page.setDefaultTimeout(STEP_TIMEOUT_MS)
    page.setDefaultNavigationTimeout(STEP_TIMEOUT_MS)
    page.on('console', (msg) => this.log.push(`[${label}] console.${msg.type()}: ${msg.text()}`))
    page.on('response', (res) => {
      if (res.status() >= 400) this.log.push(`[${label}] HTTP ${res.status()} ${res.request().method()} ${res.url()}`)
    })
    this.pages.push({ page, label })
    return page
  }

  async screenshots(prefix) {
    mkdirSync(artifactsDir, { recursive: true })
    const files = []
    for (const { page, label } of this.pages) {
      if (page.isClosed()) continue
      const file = join(artifactsDir, `${prefix}-${label}.png`.replaceAll(/[^\w.-]+/g, '-'))
      await page.screenshot({ path: file, fullPage: true }).then(
        () => files.push(`${file} (${page.url()})`),
        () => {},
      )
    }
    return files
  }

  async close() {
    await Promise.all(this.contexts.map((context) => context.close().catch(() => {})))
  }
}
