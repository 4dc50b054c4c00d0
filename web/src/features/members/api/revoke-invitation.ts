import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { invitationsQueryKey } from './list-invitations'

export const revokeInvitation = (id: string) => api.delete<void>(`/v1/invitations/${id}`)

export function useRevokeInvitation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey }),
  })
}
