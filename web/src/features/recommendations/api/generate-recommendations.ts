import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { recommendationsQueryKey } from './list-recommendations'

export type GenerationResult = components['schemas']['GenerationResult']

export const generateRecommendations = () => api.post<GenerationResult>('/v1/recommendations/generate')

/** Runs the savings calculators now instead of waiting for the daily job, then reloads the list. */
export function useGenerateRecommendations() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: generateRecommendations,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recommendationsQueryKey }),
  })
}
