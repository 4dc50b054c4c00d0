import { withParam } from '@/lib/search-params'

export const ranges = ['7d', '30d', '90d', 'mtd', 'custom'] as const
export const environments = ['prod', 'staging', 'dev'] as const
export const dataModes = ['real', 'test', 'demo', 'all'] as const
/** ingest: our telemetry (the default, no param); billed: the providers' own usage and cost reports. */
export const sources = ['ingest', 'billed'] as const

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
  source?: 'billed'
}

export type FilterName = keyof AnalyticsFilters
export const filterNames: FilterName[] = ['range', 'from', 'to', 'provider', 'model', 'team', 'environment', 'dataMode', 'source']
export const defaultFilters: AnalyticsFilters = { range: '30d', dataMode: 'real' }

export const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined

const isDay = (value: string | null) => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value)
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
    source: params.get('source') === 'billed' ? 'billed' : undefined,
  }
  if (range === 'custom') {
    if (isDay(params.get('from'))) filters.from = params.get('from')!
    if (isDay(params.get('to'))) filters.to = params.get('to')!
  }
  return stripUndefined(filters)
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/** Writes a change into the URL's search params, leaving defaults and other params (e.g. groupBy) alone. */
export function writeFilters(params: URLSearchParams, change: Partial<Record<FilterName, string | undefined>>) {
  const next = new URLSearchParams(params)
  for (const [name, value] of Object.entries(change)) withParam(next, name, value, defaultFilters[name as FilterName])
  if (next.get('range') !== 'custom') {
    next.delete('from')
    next.delete('to')
  }
  return next
}

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
