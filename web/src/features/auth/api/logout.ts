import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { api, setAccessToken } from '@/lib/api'
import { meQueryKey } from '@/lib/session/me'

export async function logout(): Promise<void> {
  try {
    await api.post<void>('/v1/auth/logout', undefined, { refreshOn401: false })
  } finally {
    setAccessToken(null)
  }
}

export function useLogout() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      queryClient.setQueryData(meQueryKey, null)
      await navigate('/login', { replace: true })
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] })
    },
  })
}
