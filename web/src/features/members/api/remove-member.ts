import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { membersQueryKey } from './list-members'

export const removeMember = (userId: string) => api.delete<void>(`/v1/members/${userId}`)

export function useRemoveMember() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: removeMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryKey }),
  })
}
