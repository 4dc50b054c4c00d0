import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { providersQueryKey, type ProviderConnection } from './list-providers'

export const syncProvider = (id: string) => api.post<ProviderConnection>(`/v1/providers/${id}/sync`)

export function useSyncProvider() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: syncProvider,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providersQueryKey }),
  })
}
