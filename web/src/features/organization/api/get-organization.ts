import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type Organization = components['schemas']['OrganizationResponse']

/** The organization's settings; its usage lives under the same key, so a change refreshes both. */
export const organizationQueryKey = ['organization'] as const

export const getOrganization = () => api.get<Organization>('/v1/organization')

export function useOrganization() {
  return useQuery({ queryKey: organizationQueryKey, queryFn: getOrganization })
}
