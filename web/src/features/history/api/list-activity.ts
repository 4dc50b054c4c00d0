import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type ActivityEvent = components['schemas']['ActivityDto']
type ActivityPage = components['schemas']['ActivityPage']

export const activityPageSize = 50

export function listActivity(type: string | undefined, before?: string, signal?: AbortSignal) {
  const query = new URLSearchParams({ limit: String(activityPageSize) })
  if (type) query.set('type', type)
  if (before) query.set('before', before)
  return api.get<ActivityPage>(`/v1/activity?${query}`, { signal })
}

/** Sign-ins, settings and security changes, newest first, a page at a time. */
export function useActivity(type: string | undefined) {
  return useInfiniteQuery({
    queryKey: ['activity', type ?? ''] as const,
    queryFn: ({ pageParam, signal }) => listActivity(type, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextBefore ?? undefined,
  })
}
