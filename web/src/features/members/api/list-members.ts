import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type Member = components['schemas']['MemberDto']

export const membersQueryKey = ['members'] as const

export const listMembers = () => api.get<Member[]>('/v1/members')

export function useMembers() {
  return useQuery({ queryKey: membersQueryKey, queryFn: listMembers })
}
