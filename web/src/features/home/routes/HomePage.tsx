import { useLogout } from '@/features/auth/api/logout'
import { useMe } from '@/features/auth/api/me'

export function HomePage() {
  const { data: me } = useMe()
  const logout = useLogout()
  if (!me) return null

  return (
    <section className="card">
      <h1>Signed in to {me.organization.name}</h1>
      <dl className="details">
        <dt>Email</dt>
        <dd>{me.user.email}</dd>
        <dt>Role</dt>
        <dd>{me.role}</dd>
      </dl>
      <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
        {logout.isPending ? 'Logging out…' : 'Log out'}
      </button>
    </section>
  )
}
