import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type PasswordResetRequested = components['schemas']['PasswordResetRequested']

export const requestPasswordReset = (email: string) =>
  api.post<PasswordResetRequested>('/v1/auth/forgot-password', { email } satisfies components['schemas']['RequestPasswordResetCommand'], {
    refreshOn401: false,
  })

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset })
}
