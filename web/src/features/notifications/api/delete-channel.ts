import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { channelsQueryKey } from './list-channels'

export const deleteChannel = (id: string) => api.delete<void>(`/v1/notification-channels/${id}`)

export function useDeleteChannel() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteChannel,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelsQueryKey }),
  })
}
