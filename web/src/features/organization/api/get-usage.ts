import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { organizationQueryKey } from './get-organization'

export type OrganizationUsage = components['schemas']['OrganizationUsageResponse']

export const usageQueryKey = [...organizationQueryKey, 'usage'] as const

export const getUsage = () => api.get<OrganizationUsage>('/v1/organization/usage')

/** Read again every minute, so the plan-limit banner comes and goes without a reload. */
export function useUsage() {
  return useQuery({ queryKey: usageQueryKey, queryFn: getUsage, refetchInterval: 60_000 })
}
