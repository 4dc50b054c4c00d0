import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, ensureAccessToken } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type Me = components['schemas']['MeResponse']

export const meQueryKey = ['me'] as const

export const getMe = () => api.get<Me>('/v1/me')

async function loadSession(): Promise<Me | null> {
  return (await ensureAccessToken()) ? getMe() : null
}

export const meQuery = queryOptions({ queryKey: meQueryKey, queryFn: loadSession, staleTime: 5 * 60_000 })

export function useMe() {
  return useQuery(meQuery)
}
