import { defaultCustomDays, toApiQuery } from '@/lib/analytics/filters'

/** The UTC day (YYYY-MM-DD) of an instant. */
export const utcDay = (iso: string) => new Date(iso).toISOString().slice(0, 10)

/** The UTC days [from, to] (both included) that cover the instants [startUtc, endUtc), as the analytics filters take them. */
export const coveringDays = (startUtc: string, endUtc: string) => ({
  from: utcDay(startUtc),
  to: utcDay(new Date(Date.parse(endUtc) - 1).toISOString()),
})

/** "Mon, Nov 23 – Sun, Nov 29, 2026" in the organization's time zone: a week ends the instant before its end. */
export function weekLabel(startUtc: string, endUtc: string, timeZone: string) {
  const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone })
  const withYear = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone })
  return `${day.format(new Date(startUtc))} – ${withYear.format(new Date(Date.parse(endUtc) - 1))}`
}

const isDay = (value: string | null): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))

/** The board pack's days from the URL: both valid and in order, else the last 30 days. */
export function boardPackDays(params: URLSearchParams, today?: string) {
  const from = params.get('from')
  const to = params.get('to')
  return isDay(from) && isDay(to) && from <= to ? { from, to } : defaultCustomDays(today)
}

/** The board pack's range as the API takes it: UTC instants, the end exclusive. */
export const boardPackQuery = ({ from, to }: { from: string; to: string }) => toApiQuery({ range: 'custom', from, to, dataMode: 'real' })
