import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type AuthSettings = components['schemas']['AuthSettings']

export const getAuthSettings = () => api.get<AuthSettings>('/v1/auth/settings', { refreshOn401: false })

export function useAuthSettings() {
  return useQuery({ queryKey: ['auth-settings'], queryFn: getAuthSettings })
}
