import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type InvitationPreview = components['schemas']['InvitationPreview']

export const getInvitation = (token: string) =>
  api.post<InvitationPreview>('/v1/invitations/lookup', { token }, { refreshOn401: false })

export function useInvitation(token: string) {
  return useQuery({ queryKey: ['invitation', token], queryFn: () => getInvitation(token), enabled: token !== '' })
}
