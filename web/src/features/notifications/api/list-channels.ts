import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type NotificationChannel = components['schemas']['NotificationChannelDto']

export const channelsQueryKey = ['notification-channels'] as const

export const listChannels = () => api.get<NotificationChannel[]>('/v1/notification-channels')

export function useChannels() {
  return useQuery({ queryKey: channelsQueryKey, queryFn: listChannels })
}
