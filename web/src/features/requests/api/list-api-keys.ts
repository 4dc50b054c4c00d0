import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type ApiKey = components['schemas']['ApiKeyDto']

/** The same key as the API keys screen, so creating or revoking a key there refreshes this list. */
const apiKeysQueryKey = ['api-keys'] as const

export const listApiKeys = () => api.get<ApiKey[]>('/v1/api-keys')

export function useApiKeys({ enabled = true } = {}) {
  return useQuery({ queryKey: apiKeysQueryKey, queryFn: listApiKeys, enabled })
}
