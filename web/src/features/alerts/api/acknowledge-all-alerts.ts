import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { alertsQueryKey } from './list-alerts'

export type AcknowledgedAlerts = components['schemas']['AcknowledgedAlerts']

export const acknowledgeAllAlerts = () => api.post<AcknowledgedAlerts>('/v1/alerts/acknowledge-all')

export function useAcknowledgeAllAlerts() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: acknowledgeAllAlerts,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertsQueryKey }),
  })
}
