import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { telemetryQueryKey } from '@/lib/telemetry'

export type RequestSummary = components['schemas']['RequestSummary']
export type RequestsPage = components['schemas']['RequestPage']

export const dataModes = ['real', 'test', 'demo', 'all'] as const
export type DataModeFilter = (typeof dataModes)[number]
export type RequestFilters = { dataMode: DataModeFilter }

export const pageSize = 50

export const requestsQueryKey = (filters: RequestFilters) => [...telemetryQueryKey, 'requests', filters] as const

export function listRequests(filters: RequestFilters, before?: string) {
  const query = new URLSearchParams({ limit: String(pageSize), dataMode: filters.dataMode })
  if (before) query.set('before', before)
  return api.get<RequestsPage>(`/v1/requests?${query}`)
}

export function useRequests(filters: RequestFilters) {
  return useInfiniteQuery({
    queryKey: requestsQueryKey(filters),
    queryFn: ({ pageParam }) => listRequests(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextBefore ?? undefined,
  })
}
