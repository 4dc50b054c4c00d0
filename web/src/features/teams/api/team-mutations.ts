import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { teamsQueryKey, type Team } from '@/lib/teams'

export type TeamSettings = components['schemas']['CreateTeamCommand']

export const createTeam = (settings: TeamSettings) => api.post<Team>('/v1/teams', settings)
export const updateTeam = ({ id, ...settings }: TeamSettings & { id: string }) => api.put<Team>(`/v1/teams/${id}`, settings)
export const deleteTeam = (id: string) => api.delete<void>(`/v1/teams/${id}`)
export const addTeamMember = ({ teamId, userId }: { teamId: string; userId: string }) =>
  api.post<Team>(`/v1/teams/${teamId}/members`, { userId })
export const removeTeamMember = ({ teamId, userId }: { teamId: string; userId: string }) =>
  api.delete<void>(`/v1/teams/${teamId}/members/${userId}`)

/** A change to teams; every team query (the list and each team) is read again after it. */
function useTeamMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsQueryKey }) })
}

export const useCreateTeam = () => useTeamMutation(createTeam)
export const useUpdateTeam = () => useTeamMutation(updateTeam)
export const useDeleteTeam = () => useTeamMutation(deleteTeam)
export const useAddTeamMember = () => useTeamMutation(addTeamMember)
export const useRemoveTeamMember = () => useTeamMutation(removeTeamMember)
