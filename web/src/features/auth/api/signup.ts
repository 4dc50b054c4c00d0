import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, setAccessToken, type TokenResponse } from '@/lib/api'
import { meQueryKey } from './me'

export type SignupInput = {
  name: string
  email: string
  password: string
  organizationName: string
}

export async function signup(input: SignupInput): Promise<TokenResponse> {
  const tokens = await api.post<TokenResponse>('/v1/auth/signup', input, { refreshOn401: false })
  setAccessToken(tokens.accessToken)
  return tokens
}

export function useSignup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signup,
    onSuccess: () => queryClient.removeQueries({ queryKey: meQueryKey }),
  })
}
