import { useMutation } from '@tanstack/react-query'
import { api, type TokenResponse } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { useStartSession } from '@/lib/session/start-session'

export type LoginInput = components['schemas']['LoginCommand']

export const login = (input: LoginInput) => api.post<TokenResponse>('/v1/auth/login', input, { refreshOn401: false })

export function useLogin() {
  const startSession = useStartSession()
  return useMutation({ mutationFn: login, onSuccess: startSession })
}
