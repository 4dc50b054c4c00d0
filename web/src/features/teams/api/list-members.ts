import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type OrganizationMember = components['schemas']['MemberDto']

/** The organization's members, who can be added to a team. */
export function useOrganizationMembers({ enabled = true } = {}) {
  return useQuery({ queryKey: ['members'], queryFn: () => api.get<OrganizationMember[]>('/v1/members'), enabled })
}
