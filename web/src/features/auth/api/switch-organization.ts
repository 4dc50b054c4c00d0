import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { api, setAccessToken, type TokenResponse } from '@/lib/api'
import type { components } from '@/lib/api/schema'

type SwitchOrganizationCommand = components['schemas']['SwitchOrganizationCommand']

export const switchOrganization = (organizationId: string) =>
  api.post<TokenResponse>('/v1/auth/switch-organization', { organizationId } satisfies SwitchOrganizationCommand)

export function useSwitchOrganization() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: switchOrganization,
    onSuccess: async (tokens) => {
      setAccessToken(tokens.accessToken)
      await navigate('/')
      await queryClient.resetQueries()
    },
  })
}
