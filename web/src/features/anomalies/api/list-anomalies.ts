import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type Anomaly = components['schemas']['AnomalyDto']
export type AnomalyPage = components['schemas']['AnomalyPage']

/** Every anomalies query, the overview's feed among them, refreshed together after a detection run. */
export const anomaliesQueryKey = ['anomalies'] as const

export type AnomalyFilters = { scopeKind?: string }

export const pageSize = 50

export function listAnomalies({ scopeKind }: AnomalyFilters, offset: number, signal?: AbortSignal) {
  const query = new URLSearchParams({ limit: String(pageSize), offset: String(offset) })
  if (scopeKind) query.set('scopeKind', scopeKind)
  return api.get<AnomalyPage>(`/v1/anomalies?${query}`, { signal })
}

export function useAnomalies(filters: AnomalyFilters) {
  return useInfiniteQuery({
    queryKey: [...anomaliesQueryKey, 'list', filters],
    queryFn: ({ pageParam, signal }) => listAnomalies(filters, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: ({ offset, limit, total }) => (offset + limit < total ? offset + limit : undefined),
  })
}
