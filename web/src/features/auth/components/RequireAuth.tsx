import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router'
import { ApiError, onSessionExpired } from '@/lib/api'
import { meQueryKey, useMe } from '@/lib/session/me'

export function RequireAuth() {
  const location = useLocation()
  const queryClient = useQueryClient()
  const me = useMe()

  useEffect(() => onSessionExpired(() => queryClient.setQueryData(meQueryKey, null)), [queryClient])

  if (me.isPending) return <p className="muted page-status">Loading…</p>
  const unauthorized = me.error instanceof ApiError && me.error.status === 401
  if (me.data === null || unauthorized) {
    return <Navigate to="/login" replace state={{ from: location.pathname }} />
  }
  if (me.isError && me.data === undefined) {
    return (
      <div role="alert" className="alert page-status">
        Could not load your account: {me.error.message}
      </div>
    )
  }
  return <Outlet />
}
