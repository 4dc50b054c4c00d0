import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { alertsQueryKey, type Alert } from './list-alerts'

export const acknowledgeAlert = (id: string) => api.post<Alert>(`/v1/alerts/${id}/acknowledge`)

export function useAcknowledgeAlert() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: acknowledgeAlert,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertsQueryKey }),
  })
}
