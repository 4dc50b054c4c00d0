import { Link } from 'react-router'
import { useUnreadAlertCount } from '../api/get-unread-count'

/** The header's way to the inbox, with how many alerts nobody has acknowledged yet. */
export function AlertsBell({ to }: { to: string }) {
  const unread = useUnreadAlertCount()
  const count = unread.data?.count
  const name = count === undefined ? 'Alerts' : `Alerts, ${count} unread`
  return (
    <Link to={to} className="alerts-bell" aria-label={name} title={name}>
      {/* Drawn, not an emoji: a machine without an emoji font would show an empty box. */}
      <svg className="bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path d="M12 3a5 5 0 0 0-5 5v3.6L5.3 15.2A1 1 0 0 0 6.2 17h11.6a1 1 0 0 0 .9-1.8L17 11.6V8a5 5 0 0 0-5-5Zm-2 15a2 2 0 0 0 4 0Z" />
      </svg>
      {count !== undefined && count > 0 && (
        <span className="bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  )
}
