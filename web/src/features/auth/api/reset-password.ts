import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type ResetPasswordInput = components['schemas']['ResetPasswordCommand']

export const resetPassword = (input: ResetPasswordInput) =>
  api.post<void>('/v1/auth/reset-password', input, { refreshOn401: false })

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword })
}
