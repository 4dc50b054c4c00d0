import { describe, expect, it } from 'vitest'
import {
  formatAgo,
  formatCompact,
  formatCount,
  formatDay,
  formatLastDay,
  formatMs,
  formatOptional,
  formatPercent,
  formatSpend,
  formatUsd,
} from './format'

describe('number formatting', () => {
  it('shows dollars with cents, and amounts below ten cents with up to three significant digits', () => {
    expect(formatUsd(1234.5)).toBe('$1,234.50')
    expect(formatUsd(0)).toBe('$0.00')
    expect(formatUsd(0.5)).toBe('$0.50')
    expect(formatUsd(0.000123456)).toBe('$0.000123')
    expect([0.0123, 0.00974].map(formatUsd)).toEqual(['$0.0123', '$0.00974'])
    expect([0.015, 0.02, 0.025].map(formatUsd)).toEqual(['$0.015', '$0.02', '$0.025'])
    expect(formatUsd(-0.004)).toBe('-$0.004')
  })

  it('shows ratios as percentages with at most one decimal', () => {
    expect(formatPercent(0.1234)).toBe('12.3%')
    expect(formatPercent(1)).toBe('100%')
    expect(formatPercent(0)).toBe('0%')
  })

  it('shows a dash for a figure the API does not have', () => {
    expect(formatOptional(null, formatUsd)).toBe('—')
    expect(formatOptional(undefined, formatPercent)).toBe('—')
    expect(formatOptional(0, formatPercent)).toBe('0%')
  })

  it('shows latency in milliseconds, or seconds from one second on', () => {
    expect(formatMs(512.4)).toBe('512 ms')
    expect(formatMs(2345)).toBe('2.35 s')
  })

  it('shows counts with separators and compactly on chart axes', () => {
    expect(formatCount(12345)).toBe('12,345')
    expect(formatCompact(1_234_567)).toBe('1.2M')
  })

  it('shows a UTC day without the year', () => {
    expect(formatDay('2026-11-24T00:00:00Z')).toBe('Nov 24')
    expect(formatLastDay('2026-12-01T00:00:00Z')).toBe('Nov 30')
    expect(formatLastDay('2026-12-01T05:00:00Z')).toBe('Dec 1')
  })

  it('shows spend none of whose calls could be priced as unpriced, never $0.00', () => {
    expect(formatSpend(0, 3)).toBe('unpriced')
    expect(formatSpend(0, 0)).toBe('$0.00')
    expect(formatSpend(1.5, 3)).toBe('$1.50')
  })

  it('says how long ago, then the date', () => {
    const now = Date.parse('2026-12-01T12:00:00Z')
    expect(formatAgo('2026-12-01T11:59:30Z', now)).toBe('just now')
    expect(formatAgo('2026-12-01T11:55:00Z', now)).toBe('5 min ago')
    expect(formatAgo('2026-12-01T09:00:00Z', now)).toBe('3 h ago')
  })
})
