import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { providersQueryKey, type ProviderConnection } from './list-providers'

type ReplaceKeyInput = { id: string; credentials: string }

export const replaceProviderKey = ({ id, credentials }: ReplaceKeyInput) =>
  api.put<ProviderConnection>(`/v1/providers/${id}/credentials`, { credentials })

export function useReplaceProviderKey() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: replaceProviderKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providersQueryKey }),
  })
}
