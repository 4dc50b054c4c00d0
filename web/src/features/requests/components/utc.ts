const utcInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/

/** A UTC instant from the URL, such as 2026-11-24T10:00:00Z; anything else is ignored. */
export const parseUtcInstant = (value: string | null) =>
  value !== null && utcInstant.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined

/** A datetime-local input's value, read as UTC. */
export const fromUtcInput = (value: string) => (value ? `${value.slice(0, 16)}:00Z` : undefined)

export const toUtcInput = (instant: string | undefined) => instant?.slice(0, 16) ?? ''

const shortUtc = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})

/** For the table, whose filters are in UTC too: "Nov 24, 10:00:00". */
export const formatShortUtc = (iso: string) => shortUtc.format(new Date(iso))

/** "2026-11-24 10:00:00.123 UTC" */
export const formatUtc = (iso: string) => `${new Date(iso).toISOString().replace('T', ' ').replace('Z', '')} UTC`
