import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { invitationsQueryKey } from './list-invitations'

export type CreateInvitationInput = components['schemas']['CreateInvitationCommand']
export type InvitationCreated = components['schemas']['InvitationCreated']

export const createInvitation = (input: CreateInvitationInput) => api.post<InvitationCreated>('/v1/invitations', input)

export function useCreateInvitation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey }),
  })
}
