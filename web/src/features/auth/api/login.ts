import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, setAccessToken, type TokenResponse } from '@/lib/api'
import { meQueryKey } from './me'

export type LoginInput = { email: string; password: string }

export async function login(input: LoginInput): Promise<TokenResponse> {
  const tokens = await api.post<TokenResponse>('/v1/auth/login', input, { refreshOn401: false })
  setAccessToken(tokens.accessToken)
  return tokens
}

export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: () => queryClient.removeQueries({ queryKey: meQueryKey }),
  })
}
