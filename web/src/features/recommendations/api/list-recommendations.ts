import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type Recommendation = components['schemas']['RecommendationDto']
export type RecommendationList = components['schemas']['RecommendationList']

/** Every recommendations query, the overview's widget among them, refreshed together after a change. */
export const recommendationsQueryKey = ['recommendations'] as const

export type RecommendationFilters = { status: string; type?: string }

export function listRecommendations({ status, type }: RecommendationFilters, signal?: AbortSignal) {
  const query = new URLSearchParams({ status })
  if (type) query.set('type', type)
  return api.get<RecommendationList>(`/v1/recommendations?${query}`, { signal })
}

export function useRecommendations(filters: RecommendationFilters) {
  return useQuery({
    queryKey: [...recommendationsQueryKey, 'list', filters],
    queryFn: ({ signal }) => listRecommendations(filters, signal),
  })
}
