import { describe, expect, it } from 'vitest'
import { formatCompact, formatMs, formatUsd } from '@/lib/format'
import { chartMax, distinctTicks } from './ticks'

const labels = (ticks: number[], format: (value: number) => string) => ticks.map(format)

describe('axis ticks', () => {
  it('are nice steps from zero through the highest value', () => {
    expect(distinctTicks(93, formatCompact)).toEqual([0, 25, 50, 75, 100])
    expect(distinctTicks(4.2, formatUsd)).toEqual([0, 2, 4, 6])
    expect(distinctTicks(1_900_000, formatCompact)).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000])
  })

  it('read differently once formatted, also for spend of a few cents', () => {
    for (const max of [0.021, 0.024, 0.03, 0.11, 0.1234, 0.26, 1.01, 0.0042, 0.000_37]) {
      const ticks = distinctTicks(max, formatUsd)
      const shown = labels(ticks, formatUsd)
      expect(new Set(shown).size, `${max}: ${shown.join(' ')}`).toBe(shown.length)
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max)
    }
  })

  it('widen the step when cents would round two ticks alike', () => {
    // 0.1 to 0.13 in steps of 0.005 would read $0.10 $0.11 $0.11 $0.12 …
    const ticks = distinctTicks(0.13, formatUsd, 27)
    expect(labels(ticks, formatUsd)).toEqual(['$0.00', '$0.01', '$0.02', '$0.03', '$0.04', '$0.05', '$0.06', '$0.07', '$0.08', '$0.09', '$0.10', '$0.11', '$0.12', '$0.13'])
  })

  it('are only zero without values, and whole milliseconds for latency', () => {
    expect(distinctTicks(0, formatUsd)).toEqual([0])
    expect(distinctTicks(Number.NaN, formatUsd)).toEqual([0])
    expect(labels(distinctTicks(2.4, formatMs), formatMs)).toEqual(['0 ms', '1 ms', '2 ms', '3 ms'])
  })

  it('reach the highest stack, not the highest single series', () => {
    const data = [
      { period: 'a', s0: 1, s1: 2, line: 2.5 },
      { period: 'b', s0: 0.5, s1: null, line: 4 },
    ]
    expect(chartMax(data, [{ key: 's0', stack: 'x' }, { key: 's1', stack: 'x' }])).toBe(3)
    expect(chartMax(data, [{ key: 's0', stack: 'x' }, { key: 's1', stack: 'x' }, { key: 'line' }])).toBe(4)
  })
})
