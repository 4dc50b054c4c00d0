import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

type CreateOrganizationCommand = components['schemas']['CreateOrganizationCommand']
export type OrganizationCreated = components['schemas']['OrganizationCreated']

export const createOrganization = (input: CreateOrganizationCommand) => api.post<OrganizationCreated>('/v1/organizations', input)

export function useCreateOrganization() {
  return useMutation({ mutationFn: createOrganization })
}
