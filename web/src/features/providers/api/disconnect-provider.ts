import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { providersQueryKey } from './list-providers'

export const disconnectProvider = (id: string) => api.delete<void>(`/v1/providers/${id}`)

export function useDisconnectProvider() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: disconnectProvider,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providersQueryKey }),
  })
}
