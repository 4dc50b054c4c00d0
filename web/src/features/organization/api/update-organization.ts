import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { meQueryKey } from '@/lib/session/me'
import { organizationQueryKey } from './get-organization'

export type UpdateOrganizationInput = components['schemas']['UpdateOrganizationCommand']

export const updateOrganization = (input: UpdateOrganizationInput) => api.patch<void>('/v1/organization', input)

/** A saved name shows in the switcher, a saved plan in the usage and the banner. */
export function useUpdateOrganization() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organizationQueryKey }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]),
  })
}
