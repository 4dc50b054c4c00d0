import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { alertsQueryKey } from './list-alerts'

export type UnreadAlertCount = components['schemas']['UnreadAlertCount']

export const unreadPollMs = 30_000

export const getUnreadCount = (signal?: AbortSignal) => api.get<UnreadAlertCount>('/v1/alerts/unread-count', { signal })

export function useUnreadAlertCount() {
  return useQuery({
    queryKey: [...alertsQueryKey, 'unread-count'],
    queryFn: ({ signal }) => getUnreadCount(signal),
    refetchInterval: unreadPollMs,
  })
}
