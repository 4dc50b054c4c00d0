import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { apiAs } from '../support/api.mjs'
import { check, newAccount, signUp } from '../support/app.mjs'

export const name = 'layout'

const artifactsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts')
const widths = [1440, 1024]
const pages = [
  { name: 'overview', path: '/?dataMode=demo', heading: 'Overview', ready: (page) => page.getByRole('main').getByText('$').first() },
  { name: 'usage', path: '/usage?dataMode=demo&groupBy=model', heading: 'Usage', ready: (page) => page.getByRole('table', { name: 'Usage by model' }) },
  { name: 'requests', path: '/requests?dataMode=demo', heading: 'Requests', ready: (page) => page.locator('.requests-table tbody tr').first() },
  { name: 'budgets', path: '/budgets', heading: 'Budgets', ready: (page) => page.getByRole('table', { name: 'Budgets' }) },
  { name: 'history', path: '/history?view=usage&dataMode=demo', heading: 'History', ready: (page) => page.getByRole('table', { name: 'Calls by user' }) },
  { name: 'api-keys', path: '/settings/api-keys', heading: 'API keys', ready: (page) => page.getByRole('region', { name: 'API keys' }).getByRole('table') },
]

/** Cards and table containers whose content is wider than they are, as "<class> <scrollWidth> > <clientWidth>". */
const overflowing = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main .card, main .table-card, main .table-scroll')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => `${element.className} "${element.getAttribute('aria-label') ?? ''}" ${element.scrollWidth} > ${element.clientWidth}`),
  )

export async function steps(browser) {
  const owner = newAccount('Owner')
  const api = apiAs(browser.baseUrl, owner)
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await browser.newPage(context, 'owner')

  return [
    ['the owner signs up', () => signUp(page, owner)],
    [
      'demo data is loaded, an API key created and two budgets with long names are set',
      async () => {
        await api('POST', '/v1/ingest/demo')
        await api('POST', '/v1/api-keys', { name: 'checkout-service' })
        for (const [name, scope] of [
          ['Support assistant monthly spend ceiling', { kind: 'team', value: 'support' }],
          ['Every provider, rolling thirty days', { kind: 'all' }],
        ])
          await api('POST', '/v1/budgets', { name, period: 'monthly', amountUsd: 50, scope })
        await api('POST', '/v1/budgets/evaluate')
      },
    ],
    ...widths.flatMap((width) =>
      pages.map(({ name: pageName, path, heading, ready }) => [
        `${pageName} at ${width} px: no card or table overflows, screenshot saved`,
        async () => {
          await page.setViewportSize({ width, height: 900 })
          await page.goto(path)
          await page.getByRole('heading', { level: 1, name: heading }).waitFor()
          await ready(page).waitFor()
          await page.waitForLoadState('networkidle')
          mkdirSync(artifactsDir, { recursive: true })
          await page.screenshot({ path: join(artifactsDir, `layout-${pageName}-${width}.png`), fullPage: true })
          const wide = await overflowing(page)
          check(wide.length === 0, `overflowing at ${width} px: ${wide.join('; ')}`)
          if (pageName === 'budgets') await deleteButtonsInView(page, width)
          if (pageName === 'requests') await requestRowsOneLine(page)
        },
      ]),
    ),
  ]
}

async function deleteButtonsInView(page, width) {
  const buttons = page.getByRole('table', { name: 'Budgets' }).getByRole('button', { name: 'Delete', exact: true })
  const count = await buttons.count()
  check(count === 2, `expected 2 Delete buttons, found ${count}`)
  const card = await page.getByRole('region', { name: 'Budget list' }).boundingBox()
  for (let i = 0; i < count; i++) {
    const box = await buttons.nth(i).boundingBox()
    check(box && box.x >= 0 && box.x + box.width <= width, `Delete button ${i + 1} is outside the ${width} px viewport: ${JSON.stringify(box)}`)
    check(box.x + box.width <= card.x + card.width, `Delete button ${i + 1} sticks out of its card: ${JSON.stringify(box)} vs ${JSON.stringify(card)}`)
  }
}

/** Every request row is as high as one line of text (with its padding), however long its model or tags. */
async function requestRowsOneLine(page) {
  const { heights, line } = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('.requests-table tbody tr')]
    const cell = rows[0].querySelector('td')
    const style = getComputedStyle(cell)
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom)
    const lineHeight = style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight)
    return { heights: rows.map((row) => row.getBoundingClientRect().height), line: lineHeight * 1.5 + padding + 2 }
  })
  const tall = heights.filter((height) => height > line)
  check(heights.length > 0 && tall.length === 0, `${tall.length} of ${heights.length} request rows are taller than one line (${line.toFixed(1)} px): ${tall.slice(0, 5).join(', ')}`)
}
