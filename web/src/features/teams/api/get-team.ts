import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { teamsQueryKey, type Team } from '@/lib/teams'

export const getTeam = (id: string) => api.get<Team>(`/v1/teams/${id}`)

export function useTeam(id: string) {
  return useQuery({ queryKey: [...teamsQueryKey, id], queryFn: () => getTeam(id) })
}
