import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { meQueryKey } from '@/lib/session/me'
import { membersQueryKey } from './list-members'

type ChangeRoleRequest = components['schemas']['ChangeRoleRequest']
export type ChangeMemberRoleInput = { userId: string } & ChangeRoleRequest

export const changeMemberRole = ({ userId, role }: ChangeMemberRoleInput) =>
  api.patch<void>(`/v1/members/${userId}`, { role } satisfies ChangeRoleRequest)

export function useChangeMemberRole() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changeMemberRole,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: membersQueryKey }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]),
  })
}
