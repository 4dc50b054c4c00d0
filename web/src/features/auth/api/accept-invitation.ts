import { useMutation } from '@tanstack/react-query'
import { api, type TokenResponse } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { useStartSession } from '@/lib/session/start-session'

export type AcceptInvitationInput = components['schemas']['AcceptInvitationCommand']

export const acceptInvitation = (input: AcceptInvitationInput) =>
  api.post<TokenResponse>('/v1/invitations/accept', input, { refreshOn401: false })

export function useAcceptInvitation() {
  const startSession = useStartSession()
  return useMutation({ mutationFn: acceptInvitation, onSuccess: startSession })
}
