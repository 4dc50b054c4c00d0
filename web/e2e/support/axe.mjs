// Runs axe-core in the page against the WCAG 2.1 A and AA rules.
import { createRequire } from 'node:module'
import { check } from './app.mjs'

const axe = createRequire(import.meta.url)('axe-core')
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Fails with one line per violation: its rule, what it asks for, and the selectors of the elements that break it. */
export async function expectNoAxeViolations(page, where) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  const { passes, violations } = await page.evaluate(
    (tags) =>
      window.axe
        .run(document, { runOnly: { type: 'tag', values: tags } })
        .then((results) => ({
          passes: results.passes.length,
          violations: results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
        })),
    wcag21aa,
  )
  check(passes > 0, `${where}: axe checked nothing`)
  const lines = violations.map((v) => `  ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`)
  check(violations.length === 0, `${where}: ${violations.length} axe violations\n${lines.join('\n')}`)
}
