import { useMutation } from '@tanstack/react-query'
import { api, type TokenResponse } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { useStartSession } from '@/lib/session/start-session'

export type AcceptInvitationInput = { token: string } & components['schemas']['AcceptRequest']

export const acceptInvitation = ({ token, ...body }: AcceptInvitationInput) =>
  api.post<TokenResponse>(`/v1/invitations/${encodeURIComponent(token)}/accept`, body, { refreshOn401: false })

export function useAcceptInvitation() {
  const startSession = useStartSession()
  return useMutation({ mutationFn: acceptInvitation, onSuccess: startSession })
}
