import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type ProviderConnection = components['schemas']['ProviderConnectionDto']

export const providersQueryKey = ['providers'] as const

export const listProviders = () => api.get<ProviderConnection[]>('/v1/providers')

const syncPollMs = 1000

export const isSyncing = (connection: ProviderConnection) =>
  connection.status === 'pending' || connection.status === 'syncing'

/** Polls while a connection is syncing, so progress and the outcome appear without a reload. */
export function useProviders() {
  return useQuery({
    queryKey: providersQueryKey,
    queryFn: listProviders,
    refetchInterval: (query) => (query.state.data?.some(isSyncing) ? syncPollMs : false),
  })
}
