import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type Team = components['schemas']['TeamDto']

export const teamsQueryKey = ['teams'] as const

export const listTeams = () => api.get<Team[]>('/v1/teams')

/** The organization's teams; the teams pages manage them, API keys are bound to them. */
export function useTeams() {
  return useQuery({ queryKey: teamsQueryKey, queryFn: listTeams })
}

/** A team's page. */
export const teamPath = (id: string) => `/teams/${id}`

/** The page of each defined team by its primary key, the value analytics group and filter a team by. */
export function useTeamPages() {
  return useQuery({
    queryKey: teamsQueryKey,
    queryFn: listTeams,
    select: (teams) => new Map(teams.map((team) => [team.primaryKey, teamPath(team.id)])),
  }).data
}
