import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import type { ProviderConnection } from './list-providers'

export type ConnectProviderInput = components['schemas']['ConnectProviderCommand']

export const connectProvider = (input: ConnectProviderInput) => api.post<ProviderConnection>('/v1/providers', input)

export function useConnectProvider() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: connectProvider,
    // A new data source changes more than this page: the onboarding checklist, and soon the dashboards.
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
