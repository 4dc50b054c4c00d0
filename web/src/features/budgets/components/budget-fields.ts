import type { BudgetThreshold } from '../api/list-budgets'

export const periods = [
  { value: 'monthly', label: 'Calendar month' },
  { value: 'rolling_30d', label: 'Rolling 30 days' },
] as const

export const scopeKinds = [
  { value: 'all', label: 'All spend' },
  { value: 'provider', label: 'One provider' },
  { value: 'team', label: 'One team' },
] as const

export const sources = [
  { value: 'auto', label: 'Automatic (provider billing once synced, else ingested)' },
  { value: 'ingest', label: 'Ingested requests' },
  { value: 'billed', label: 'Provider billing' },
  { value: 'both', label: 'Whichever is higher' },
] as const

export const states: Record<string, { label: string; badge: string }> = {
  ok: { label: 'On track', badge: 'ok' },
  warning: { label: 'Warning', badge: 'warn' },
  critical: { label: 'Critical', badge: 'error' },
}

const labelOf = (options: readonly { value: string; label: string }[], value: string) =>
  options.find((o) => o.value === value)?.label ?? value

export const periodLabel = (period: string) => labelOf(periods, period)
export const sourceLabel = (source: string) => labelOf(sources, source)

export type ScopeKind = (typeof scopeKinds)[number]['value']
export type ThresholdUnit = 'percent' | 'amountUsd'

export const unitOf = (threshold: BudgetThreshold | undefined): ThresholdUnit =>
  threshold?.amountUsd !== null && threshold?.amountUsd !== undefined ? 'amountUsd' : 'percent'

export const fieldsShownBeside = [
  'name',
  'period',
  'amountUsd',
  'warning',
  'warning.percent',
  'warning.amountUsd',
  'critical',
  'critical.percent',
  'critical.amountUsd',
  'scope.kind',
  'scope.value',
  'source',
]
