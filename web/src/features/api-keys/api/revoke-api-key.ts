import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { apiKeysQueryKey } from './list-api-keys'

export const revokeApiKey = (id: string) => api.delete<void>(`/v1/api-keys/${id}`)

export function useRevokeApiKey() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey }),
  })
}
