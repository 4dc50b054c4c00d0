import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { channelsQueryKey, type NotificationChannel } from './list-channels'

export const rotateSecret = (id: string) => api.post<NotificationChannel>(`/v1/notification-channels/${id}/rotate-secret`)

/** A new signing secret for a webhook channel, in the answer only; the old one stops signing at once. */
export function useRotateSecret() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: rotateSecret,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelsQueryKey }),
  })
}
