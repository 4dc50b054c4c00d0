import { useQueryClient } from '@tanstack/react-query'
import { setAccessToken, type TokenResponse } from '@/lib/api'

/** For the pages outside the app shell: keeps the new access token in memory and forgets the previous session's data. */
export function useStartSession() {
  const queryClient = useQueryClient()
  return (tokens: TokenResponse) => {
    setAccessToken(tokens.accessToken)
    queryClient.removeQueries()
  }
}
