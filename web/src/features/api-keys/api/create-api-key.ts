import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { apiKeysQueryKey } from './list-api-keys'

export type CreateApiKeyInput = components['schemas']['CreateApiKeyCommand']
/** Carries the full key, which the API returns only once. */
export type ApiKeyCreated = components['schemas']['ApiKeyCreated']

export const createApiKey = (input: CreateApiKeyInput) => api.post<ApiKeyCreated>('/v1/api-keys', input)

export function useCreateApiKey() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createApiKey,
    // The secret must not outlive the reveal in the mutation cache.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey }),
  })
}
