import { useCallback, useMemo } from 'react'
import { oneOf } from '@/lib/analytics/filters'
import { useSearchParamsState, withParam } from '@/lib/search-params'
import type { AnomalyFilters } from '../api/list-anomalies'

export const scopeKinds = [
  { value: 'organization', label: 'All spend' },
  { value: 'provider', label: 'Provider' },
  { value: 'model', label: 'Model' },
  { value: 'team', label: 'Team' },
] as const

export function parseAnomalyFilters(params: URLSearchParams): AnomalyFilters {
  const scopeKind = oneOf(
    scopeKinds.map((k) => k.value),
    params.get('scope'),
  )
  return scopeKind ? { scopeKind } : {}
}

/** The feed's scope filter, kept in the URL: ?scope=model. */
export function useAnomalyFilters() {
  const [searchParams, setSearchParams] = useSearchParamsState()
  const key = searchParams.toString()
  const filters = useMemo(() => parseAnomalyFilters(new URLSearchParams(key)), [key])
  const setScopeKind = useCallback(
    (scopeKind: string) => setSearchParams((params) => withParam(params, 'scope', scopeKind, 'all')),
    [setSearchParams],
  )
  return { filters, setScopeKind }
}
