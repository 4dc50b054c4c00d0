import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type ApiKey = components['schemas']['ApiKeyDto']

export const apiKeysQueryKey = ['api-keys'] as const

export const listApiKeys = () => api.get<ApiKey[]>('/v1/api-keys')

export function useApiKeys({ enabled = true } = {}) {
  return useQuery({ queryKey: apiKeysQueryKey, queryFn: listApiKeys, enabled })
}
