import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type Invitation = components['schemas']['InvitationDto']

export const invitationsQueryKey = ['invitations'] as const

export const listInvitations = () => api.get<Invitation[]>('/v1/invitations')

export function useInvitations() {
  return useQuery({ queryKey: invitationsQueryKey, queryFn: listInvitations })
}
