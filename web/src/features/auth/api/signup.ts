import { useMutation } from '@tanstack/react-query'
import { api, type TokenResponse } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { useStartSession } from '@/lib/session/start-session'

export type SignupInput = components['schemas']['SignupCommand']

export const signup = (input: SignupInput) => api.post<TokenResponse>('/v1/auth/signup', input, { refreshOn401: false })

export function useSignup() {
  const startSession = useStartSession()
  return useMutation({ mutationFn: signup, onSuccess: startSession })
}
