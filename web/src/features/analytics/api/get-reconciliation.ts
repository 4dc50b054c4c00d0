import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'

export type Reconciliation = components['schemas']['Reconciliation']
export type ReconciliationDay = components['schemas']['ReconciliationDay']
export type ReconciliationRow = components['schemas']['ReconciliationRow']

/** Sets both sources against each other, so the source filter does not apply. */
export function useReconciliation(filters: AnalyticsFilters) {
  const { source: _bothSources, ...rest } = filters
  return useQuery(analyticsQuery<Reconciliation>('/v1/usage/reconciliation', rest))
}
