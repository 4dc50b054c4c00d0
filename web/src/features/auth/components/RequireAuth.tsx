import { Navigate, Outlet, useLocation } from 'react-router'
import { ApiError } from '@/lib/api'
import { useMe } from '../api/me'

export function RequireAuth() {
  const location = useLocation()
  const me = useMe()

  if (me.isPending) return <p className="muted">Loading…</p>
  const unauthorized = me.error instanceof ApiError && me.error.status === 401
  if (me.data === null || unauthorized) {
    return <Navigate to="/login" replace state={{ from: location.pathname }} />
  }
  if (me.isError) {
    return (
      <div role="alert" className="alert">
        Could not load your account: {me.error.message}
      </div>
    )
  }
  return <Outlet />
}
