import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components, paths } from '@/lib/api/schema'
import { telemetryQueryKey } from '@/lib/telemetry'

export type RequestSummary = components['schemas']['RequestSummary']
export type RequestsPage = components['schemas']['RequestPage']
type RequestLogQuery = NonNullable<paths['/v1/requests']['get']['parameters']['query']>

export const filterNames = [
  'model',
  'endpointTag',
  'promptVersion',
  'apiKeyId',
  'team',
  'userId',
  'status',
  'provider',
  'environment',
  'from',
  'to',
  'dataMode',
] as const satisfies readonly (keyof RequestLogQuery)[]

export type RequestFilterName = (typeof filterNames)[number]

/** What the request log is narrowed to; from and to are UTC instants, to excluded. */
export type RequestFilters = Partial<Record<RequestFilterName, string>> & { dataMode: string }

export const pageSize = 50

export const requestsQueryKey = (filters: RequestFilters) => [...telemetryQueryKey, 'requests', filters] as const

export function listRequests(filters: RequestFilters, before?: string, signal?: AbortSignal) {
  const query = new URLSearchParams({ limit: String(pageSize) })
  for (const name of filterNames) if (filters[name]) query.set(name, filters[name])
  if (before) query.set('before', before)
  return api.get<RequestsPage>(`/v1/requests?${query}`, { signal })
}

export function useRequests(filters: RequestFilters) {
  return useInfiniteQuery({
    queryKey: requestsQueryKey(filters),
    queryFn: ({ pageParam, signal }) => listRequests(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextBefore ?? undefined,
  })
}
