const mantissas = [1, 2, 2.5, 5]

/** The smallest step of 1, 2, 2.5 or 5 times a power of ten that is at least <raw>. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw))
  const mantissa = mantissas.find((m) => m * power >= raw * (1 - 1e-9))
  return mantissa === undefined ? 10 * power : mantissa * power
}

/** Without floating-point noise: 3 × 0.1 is 0.3, not 0.30000000000000004. */
const clean = (value: number) => Number(value.toPrecision(12))

/**
 * Axis ticks from 0 through at least <max>, about <count> of them a nice step apart; the step widens until every tick
 * reads differently once formatted (money rounded to cents would otherwise show "$0.02" twice for small values).
 */
export function distinctTicks(max: number, format: (value: number) => string, count = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0]
  let step = niceStep(max / (count - 1))
  let ticks = [0]
  // A dozen widenings reach a step above <max> (two ticks), unless the format reads every value the same.
  for (let tries = 0; tries < 12; tries++) {
    const last = Math.ceil(clean(max / step))
    ticks = Array.from({ length: last + 1 }, (_, i) => clean(i * step))
    if (new Set(ticks.map(format)).size === ticks.length) break
    step = niceStep(clean(step * 1.0001))
  }
  return ticks
}

/** The highest value a chart draws: stacked series summed per stack, the others on their own. */
export function chartMax(data: Record<string, unknown>[], series: { key: string; stack?: string }[]): number {
  let max = 0
  for (const row of data) {
    const stacks = new Map<string, number>()
    for (const s of series) {
      const value = Number(row[s.key])
      if (row[s.key] === null || row[s.key] === undefined || !Number.isFinite(value)) continue
      if (s.stack === undefined) max = Math.max(max, value)
      else stacks.set(s.stack, (stacks.get(s.stack) ?? 0) + value)
    }
    for (const total of stacks.values()) max = Math.max(max, total)
  }
  return max
}
