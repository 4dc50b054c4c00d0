import { useRef, useState, type KeyboardEvent } from 'react'
import { useMe } from '@/lib/session/me'
import { useLogout } from '../api/logout'

export function UserMenu() {
  const [open, setOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const { data: me } = useMe()
  const logout = useLogout()
  if (!me) return null

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    setOpen(false)
    toggle.current?.focus()
  }

  return (
    <div className="user-menu" onKeyDown={closeOnEscape}>
      <button ref={toggle} type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {me.user.name}
      </button>
      {open && (
        <div className="user-menu-panel">
          <p>{me.user.email}</p>
          <p className="muted">
            {me.role} of {me.organization.name}
          </p>
          <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
            {logout.isPending ? 'Logging out…' : 'Log out'}
          </button>
        </div>
      )}
    </div>
  )
}
