const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 })
const smallUsd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumSignificantDigits: 3 })

/** Dollars with cents, and three significant digits below one cent: one LLM call often costs $0.000123. */
export function formatUsd(amount: number): string {
  return amount !== 0 && Math.abs(amount) < 0.01 ? smallUsd.format(amount) : usd.format(amount)
}

export const formatCount = (count: number) => count.toLocaleString('en-US')

export const formatDateTime = (iso: string) => new Date(iso).toLocaleString()

export const formatDate = (iso: string) => new Date(iso).toLocaleDateString()

const shortDateTime = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** For dense tables of recent events: no year. */
export const formatShortDateTime = (iso: string) => shortDateTime.format(new Date(iso))

export const noValue = '—'

/** Formats a figure the API may not have (no calls, nothing priced): null becomes "—". */
export const formatOptional = <T,>(value: T | null | undefined, format: (value: T) => string) =>
  value === null || value === undefined ? noValue : format(value)

const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 })

/** A ratio between 0 and 1, e.g. 0.1234 → "12.3%". */
export const formatPercent = (ratio: number) => percent.format(ratio)

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })

/** For chart axes: 1234567 → "1.2M". */
export const formatCompact = (count: number) => compact.format(count)

const shortDay = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' })

/** A UTC day or week start from the analytics API, e.g. "Nov 24". */
export const formatDay = (iso: string) => shortDay.format(new Date(iso))

/** The last day an exclusive end covers: a window ending Dec 1 00:00 ends on Nov 30. */
export const formatLastDay = (exclusiveEnd: string) => formatDay(new Date(Date.parse(exclusiveEnd) - 1).toISOString())

const longDay = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })

/** A UTC day with its year, e.g. "Nov 24, 2026". */
export const formatDayWithYear = (iso: string) => longDay.format(new Date(iso))

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })

/** An average count, e.g. 1234.56 → "1,234.6". */
export const formatAverage = (value: number) => oneDecimal.format(value)
