import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { anomaliesQueryKey } from './list-anomalies'

export type DetectionRun = components['schemas']['DetectionRun']

export const detectAnomalies = () => api.post<DetectionRun>('/v1/anomalies/detect')

/** Judges the latest complete hour now instead of waiting for the 15-minute job, and the earlier hours of the last 14 days not judged yet. */
export function useDetectAnomalies() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: detectAnomalies,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: anomaliesQueryKey }),
  })
}
