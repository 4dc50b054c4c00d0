import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { channelsQueryKey, type NotificationChannel } from './list-channels'

export type CreateChannelInput = components['schemas']['CreateNotificationChannelCommand']

export const createChannel = (input: CreateChannelInput) => api.post<NotificationChannel>('/v1/notification-channels', input)

export function useCreateChannel() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createChannel,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelsQueryKey }),
  })
}
