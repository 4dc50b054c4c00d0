import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { recommendationsQueryKey, type Recommendation } from './list-recommendations'

export type StatusChange = { id: string; action: 'dismiss' | 'apply' }

export const changeRecommendationStatus = ({ id, action }: StatusChange) =>
  api.post<Recommendation>(`/v1/recommendations/${id}/${action}`)

export function useChangeRecommendationStatus() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changeRecommendationStatus,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recommendationsQueryKey }),
  })
}
