import { useQuery } from '@tanstack/react-query'
import { api, ensureAccessToken } from '@/lib/api'

export type Role = 'owner' | 'admin' | 'member'

export type Me = {
  user: { id: string; email: string; name: string }
  organization: { id: string; name: string }
  role: Role
  permissions: string[]
  memberships: { organizationId: string; organizationName: string; role: Role }[]
}

export const meQueryKey = ['me'] as const

export const getMe = () => api.get<Me>('/v1/me')

async function loadSession(): Promise<Me | null> {
  return (await ensureAccessToken()) ? getMe() : null
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: loadSession, staleTime: 5 * 60_000 })
}
