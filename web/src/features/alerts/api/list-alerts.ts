import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type Alert = components['schemas']['AlertDto']
export type AlertDelivery = components['schemas']['AlertDeliveryDto']
export type AlertPage = components['schemas']['AlertPage']

/** Every alerts query: the inbox pages and the unread count, refreshed together after an acknowledgement. */
export const alertsQueryKey = ['alerts'] as const

export type AlertFilters = { unreadOnly: boolean; type?: string }

export const pageSize = 50

export function listAlerts({ unreadOnly, type }: AlertFilters, before?: string, signal?: AbortSignal) {
  const query = new URLSearchParams({ limit: String(pageSize) })
  if (unreadOnly) query.set('unread', 'true')
  if (type) query.set('type', type)
  if (before) query.set('before', before)
  return api.get<AlertPage>(`/v1/alerts?${query}`, { signal })
}

export function useAlerts(filters: AlertFilters) {
  return useInfiniteQuery({
    queryKey: [...alertsQueryKey, 'list', filters],
    queryFn: ({ pageParam, signal }) => listAlerts(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextBefore ?? undefined,
  })
}
