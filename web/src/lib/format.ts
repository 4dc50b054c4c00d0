const usdFormats = new Map<number, Intl.NumberFormat>()
/** Cents always, up to <decimals> digits after the point. */
const usdWith = (decimals: number) => {
  let format = usdFormats.get(decimals)
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: decimals })
    usdFormats.set(decimals, format)
  }
  return format
}

/**
 * The one money format of the app: cents, and up to three significant digits below ten cents, so amounts side by side
 * keep their precision ($0.0123 next to $0.00974, not $0.01) and chart ticks stay distinct.
 */
export function formatUsd(amount: number): string {
  const magnitude = Math.abs(amount)
  return usdWith(magnitude === 0 || magnitude >= 0.1 ? 2 : Math.min(20, 2 - Math.floor(Math.log10(magnitude)))).format(amount)
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

/** Spend, or "unpriced" when none of its calls could be priced: unknown models are never a silent $0.00. */
export const formatSpend = (spendUsd: number, unpricedRequests = 0) =>
  spendUsd === 0 && unpricedRequests > 0 ? 'unpriced' : formatUsd(spendUsd)

/** How long ago, for freshness: "just now", "5 min ago", "3 h ago", else the date and time. */
export function formatAgo(iso: string, now = Date.now()) {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000)
  if (minutes < 1) return 'just now'
  if (minutes < 60) return `${minutes} min ago`
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h ago`
  return formatDateTime(iso)
}

const time = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })
const dayAndTime = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})

/** "02:00 UTC" today, "Nov 24, 02:00 UTC" before. */
export function formatUtcThrough(iso: string, now = new Date()) {
  const at = new Date(iso)
  const sameDay = at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10)
  return `${(sameDay ? time : dayAndTime).format(at)} UTC`
}
