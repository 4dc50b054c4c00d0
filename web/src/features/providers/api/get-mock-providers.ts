import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type MockProvider = components['schemas']['MockProviderDto']

export const getMockProviders = () => api.get<MockProvider[]>('/v1/providers/mock')

/** The bundled mock providers, when one runs beside the API; asking takes the right to manage providers. */
export const useMockProviders = (enabled: boolean) =>
  useQuery({ queryKey: ['providers', 'mock'], queryFn: getMockProviders, enabled, staleTime: Infinity })
