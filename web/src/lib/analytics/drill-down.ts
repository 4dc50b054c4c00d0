import { writeFilters, type AnalyticsFilters } from './filters'
import { unattributedKey } from './unattributed'

/** What a drill-down narrows the request log to, by the log's query parameters. */
export type RequestScope = Partial<
  Record<'provider' | 'model' | 'team' | 'endpointTag' | 'promptVersion' | 'environment' | 'apiKeyId' | 'status' | 'userId', string>
>

/** A window of UTC instants [from, to). */
export type InstantWindow = { from?: string; to?: string }

/** An instant as the request log reads it from the URL: 2026-11-24T10:00:00Z. */
const instant = (iso: string) => `${new Date(iso).toISOString().slice(0, 19)}Z`

/** The day of the last instant before `end`: a window ending at midnight ends on the day before. */
const lastDayBefore = (end: string) => new Date(Date.parse(end) - 1).toISOString().slice(0, 10)

/**
 * The search of a link to the request log: the window as a custom range of instants (which the Usage views read as its days),
 * the data mode unless real, and the scope; empty values are left out, since the log cannot filter on "no team".
 */
export function requestLogSearch(window: InstantWindow, scope: RequestScope, dataMode = 'real') {
  const params = new URLSearchParams()
  if (window.from || window.to) params.set('range', 'custom')
  if (window.from) params.set('from', instant(window.from))
  if (window.to) params.set('to', instant(window.to))
  if (dataMode !== 'real') params.set('dataMode', dataMode)
  for (const [name, value] of Object.entries(scope)) if (value) params.set(name, value)
  return `?${params}`
}

/** The shared filters as the request log's scope: their provider, model, team and environment. */

export const filtersScope = ({ provider, model, team, environment }: AnalyticsFilters): RequestScope => ({ provider, model, team, environment })

/** The search of a link to a Usage view covering the UTC days of a window of instants, narrowed to a scope. */
export function usageSearchForWindow(window: Required<InstantWindow>, scope: Pick<RequestScope, 'provider' | 'model' | 'team'>) {
  const days = { range: 'custom', from: window.from.slice(0, 10), to: lastDayBefore(window.to) }
  return `?${writeFilters(new URLSearchParams(), { ...days, ...scope })}`
}

/** The search of a link to a Usage view with these filters (defaults left out). */
export const usageSearch = (change: Partial<Record<keyof AnalyticsFilters, string>>) => `?${writeFilters(new URLSearchParams(), change)}`

/** An anomaly's scope (organization, provider, model or team) as filters. */
export const anomalyScope = (scopeKind: string, scopeValue: string): Pick<RequestScope, 'provider' | 'model' | 'team'> =>
  scopeKind === 'provider' || scopeKind === 'model' || scopeKind === 'team' ? { [scopeKind]: scopeValue } : {}

/** The request-log parameter for each explorer grouping that the log can filter by (cache outcomes it cannot). */
export const requestParamOfGrouping: Record<string, keyof RequestScope | undefined> = {
  provider: 'provider',
  model: 'model',
  team: 'team',
  endpointTag: 'endpointTag',
  promptVersion: 'promptVersion',
  environment: 'environment',
  apiKey: 'apiKeyId',
  user: 'userId',
}

const noApiKey = '00000000-0000-0000-0000-000000000000'

/**
 * The request-log scope of an explorer row: each grouping's value as its filter. None when a value cannot be filtered on: a
 * bucket of calls sent without one ("No team"), billing beyond telemetry, demo calls sent without a key, or a cache outcome.
 */
export function explorerRowScope(levels: { grouping: string; key: string | null | undefined }[]): RequestScope | undefined {
  const scope: RequestScope = {}
  for (const { grouping, key } of levels) {
    const param = requestParamOfGrouping[grouping]
    if (!param || !key || key === unattributedKey || key === noApiKey) return undefined
    scope[param] = key
  }
  return scope
}
