import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { channelsQueryKey, type NotificationChannel } from './list-channels'

export type UpdateChannelInput = components['schemas']['UpdateNotificationChannelCommand']

export const updateChannel = ({ id, ...input }: UpdateChannelInput & { id: string }) =>
  api.put<NotificationChannel>(`/v1/notification-channels/${id}`, input)

export function useUpdateChannel() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateChannel,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelsQueryKey }),
  })
}
