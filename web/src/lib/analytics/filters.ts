import { withParam } from '@/lib/search-params'

export const ranges = ['7d', '30d', '90d', 'mtd', 'custom'] as const
export const environments = ['prod', 'staging', 'dev'] as const
export const dataModes = ['real', 'test', 'demo', 'all'] as const
/**
 * blended (the default, no param): provider billing is the total where it exists, telemetry attributes it
 * and covers the hours billing has not reached; billed: provider billing only; telemetry: ingested calls only.
 */
export const sources = ['blended', 'billed', 'telemetry'] as const

export type Range = (typeof ranges)[number]
export type Environment = (typeof environments)[number]
export type DataMode = (typeof dataModes)[number]
export type Source = (typeof sources)[number]

/** The filters every analytics screen shares; from and to are UTC days (YYYY-MM-DD), both included. */
export type AnalyticsFilters = {
  range: Range
  from?: string
  to?: string
  provider?: string
  model?: string
  team?: string
  environment?: Environment
  dataMode: DataMode
  source?: Exclude<Source, 'blended'>
}

export type FilterName = keyof AnalyticsFilters
export const filterNames: FilterName[] = ['range', 'from', 'to', 'provider', 'model', 'team', 'environment', 'dataMode', 'source']
export const defaultFilters: AnalyticsFilters = { range: '30d', dataMode: 'real' }
const defaultValues: Partial<Record<FilterName, string>> = { ...defaultFilters, source: 'blended' }

export const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined

/** A day, or the day of a UTC instant (the request log writes instants into the same params). */
const dayOf = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}(T|$)/.test(value) ? value.slice(0, 10) : undefined)

/** "ingest" is what older links say for telemetry. */
function parseSource(value: string | null): AnalyticsFilters['source'] {
  if (value === 'billed') return 'billed'
  return value === 'telemetry' || value === 'ingest' ? 'telemetry' : undefined
}
const text = (value: string | null) => value?.trim() || undefined

export function parseFilters(params: URLSearchParams): AnalyticsFilters {
  const range = oneOf(ranges, params.get('range')) ?? defaultFilters.range
  const filters: AnalyticsFilters = {
    range,
    provider: text(params.get('provider')),
    model: text(params.get('model')),
    team: text(params.get('team')),
    environment: oneOf(environments, params.get('environment')),
    dataMode: oneOf(dataModes, params.get('dataMode')) ?? defaultFilters.dataMode,
    source: parseSource(params.get('source')),
  }
  if (range === 'custom') {
    filters.from = dayOf(params.get('from'))
    filters.to = dayOf(params.get('to'))
  }
  return stripUndefined(filters)
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/** Writes a change into the URL's search params, leaving defaults and other params (e.g. groupBy) alone. */
export function writeFilters(params: URLSearchParams, change: Partial<Record<FilterName, string | undefined>>) {
  const next = new URLSearchParams(params)
  for (const [name, value] of Object.entries(change)) withParam(next, name, value, defaultValues[name as FilterName])
  if (next.get('range') !== 'custom') {
    next.delete('from')
    next.delete('to')
  }
  return next
}

/** The change that shows one data mode; provider billing is real usage only, so other modes leave that source. */
export const showDataMode = (filters: AnalyticsFilters, dataMode: DataMode) => ({
  dataMode,
  ...(dataMode !== 'real' && filters.source === 'billed' ? { source: '' } : {}),
})

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

export const todayUtc = () => new Date().toISOString().slice(0, 10)

/** The days a custom range starts with: the last 30, as the default range shows. */
export const defaultCustomDays = (today = todayUtc()) => ({ from: addDays(today, -29), to: today })

/** The API's query string: custom days become UTC instants, the last day included. */
export function toApiQuery(filters: AnalyticsFilters, extra: Record<string, string | undefined> = {}) {
  const query = new URLSearchParams()
  const { from, to, ...rest } = filters
  for (const [name, value] of Object.entries({ ...rest, ...extra })) if (value) query.set(name, value)
  if (filters.range === 'custom') {
    if (from) query.set('from', `${from}T00:00:00Z`)
    if (to) query.set('to', `${addDays(to, 1)}T00:00:00Z`)
  }
  return query.toString()
}

const presetDays: Partial<Record<Range, number>> = { '7d': 7, '30d': 30, '90d': 90 }

/** The range as UTC instants [from, to) for views that take instants, such as the request log; a preset runs through now. */
export function rangeInstants(filters: AnalyticsFilters, today = todayUtc()): { from?: string; to?: string } {
  const instant = (day: string) => `${day}T00:00:00Z`
  const days = presetDays[filters.range]
  if (days) return { from: instant(addDays(today, 1 - days)) }
  if (filters.range === 'mtd') return { from: instant(`${today.slice(0, 8)}01`) }
  return {
    ...(filters.from ? { from: instant(filters.from) } : {}),
    ...(filters.to ? { to: instant(addDays(filters.to, 1)) } : {}),
  }
}
