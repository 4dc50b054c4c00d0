import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { teamsQueryKey } from '@/lib/teams'
import { apiKeysQueryKey } from './list-api-keys'

export type UpdateApiKeyInput = components['schemas']['UpdateApiKeyCommand']

export const updateApiKey = ({ id, ...change }: UpdateApiKeyInput & { id: string }) => api.put<void>(`/v1/api-keys/${id}`, change)

export function useUpdateApiKey() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateApiKey,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: apiKeysQueryKey }),
        queryClient.invalidateQueries({ queryKey: teamsQueryKey }),
      ]),
  })
}
