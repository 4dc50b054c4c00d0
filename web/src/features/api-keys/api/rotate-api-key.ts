import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { ApiKeyCreated } from './create-api-key'
import { apiKeysQueryKey } from './list-api-keys'

export const rotateApiKey = (id: string) => api.post<ApiKeyCreated>(`/v1/api-keys/${id}/rotate`)

export function useRotateApiKey() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: rotateApiKey,
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey }),
  })
}
