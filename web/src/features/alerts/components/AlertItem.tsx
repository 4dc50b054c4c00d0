import { useId } from 'react'
import { Link } from 'react-router'
import { alertTypeLabel } from '@/lib/alert-types'
import { formatDateTime } from '@/lib/format'
import { useAcknowledgeAlert } from '../api/acknowledge-alert'
import type { Alert } from '../api/list-alerts'
import { Deliveries } from './Deliveries'
import { linksOf, type AlertSubjectLinks } from './subject-links'

const severityTones: Record<string, string> = { critical: 'error', warning: 'warn' }

type AlertItemProps = { alert: Alert; subjectLinks: AlertSubjectLinks }

export function AlertItem({ alert, subjectLinks }: AlertItemProps) {
  const titleId = useId()
  const acknowledge = useAcknowledgeAlert()
  const unread = !alert.acknowledged
  const tone = severityTones[alert.severity]
  const links = linksOf(alert, subjectLinks)

  return (
    <li>
      <article aria-labelledby={titleId} className={unread ? 'alert-item unread' : 'alert-item'}>
        <header className="alert-item-header">
          <span className={tone ? `badge ${tone}` : 'badge'}>{alert.severity}</span>
          <h2 id={titleId}>{alert.title}</h2>
          {unread && <span className="badge unread-badge">Unread</span>}
          <time dateTime={alert.createdAt} className="muted">
            {formatDateTime(alert.createdAt)}
          </time>
        </header>
        <p>{alert.message}</p>
        <p className="muted">
          {alertTypeLabel(alert.type)}
          {links.map((link) => (
            <span key={link.to}>
              {' · '}
              <Link to={link.to}>{link.label}</Link>
            </span>
          ))}
        </p>
        <Deliveries deliveries={alert.deliveries} />
        <div className="alert-item-actions">
          {unread ? (
            <button
              type="button"
              className="secondary"
              disabled={acknowledge.isPending}
              onClick={() => acknowledge.mutate(alert.id)}
            >
              {acknowledge.isPending ? 'Acknowledging…' : 'Acknowledge'}
            </button>
          ) : (
            alert.acknowledgedAt && <span className="muted">Acknowledged {formatDateTime(alert.acknowledgedAt)}</span>
          )}
          {acknowledge.error && (
            <span role="alert" className="field-errors">
              {' '}
              Could not acknowledge: {acknowledge.error.message}
            </span>
          )}
        </div>
      </article>
    </li>
  )
}
