import { Link } from 'react-router'
import { useUnreadAlertCount } from '../api/get-unread-count'

/** The header's way to the inbox, with how many alerts nobody has acknowledged yet. */
export function AlertsBell({ to }: { to: string }) {
  const unread = useUnreadAlertCount()
  const count = unread.data?.count
  const name = count === undefined ? 'Alerts' : `Alerts, ${count} unread`
  return (
    <Link to={to} className="alerts-bell" aria-label={name} title={name}>
      <span aria-hidden="true">🔔</span>
      {count !== undefined && count > 0 && (
        <span className="bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  )
}
