import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { anomaliesQueryKey } from './list-anomalies'

export type AnomalyScanResult = components['schemas']['AnomalyScanResult']

export const detectAnomalies = () => api.post<AnomalyScanResult>('/v1/anomalies/detect')

/** Judges the latest complete hour now instead of waiting for the 15-minute job. */
export function useDetectAnomalies() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: detectAnomalies,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: anomaliesQueryKey }),
  })
}
