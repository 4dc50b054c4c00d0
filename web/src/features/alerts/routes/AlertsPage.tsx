import { LoadMore } from '@/components/LoadMore'
import { useUnreadAlertCount } from '../api/get-unread-count'
import { useAlerts } from '../api/list-alerts'
import { AcknowledgeAll } from '../components/AcknowledgeAll'
import { AlertFilterBar } from '../components/AlertFilterBar'
import { AlertItem } from '../components/AlertItem'
import { useAlertFilters } from '../components/alert-filters'
import type { AlertSubjectLinks } from '../components/subject-links'

export function AlertsPage({ subjectLinks }: { subjectLinks: AlertSubjectLinks }) {
  const { filters, setShow, setType } = useAlertFilters()
  const alerts = useAlerts(filters)
  const unread = useUnreadAlertCount()
  const items = alerts.data?.pages.flatMap((page) => page.items) ?? []
  const narrowed = filters.unreadOnly || filters.type !== undefined

  return (
    <div className="stack">
      <div className="page-header">
        <h1>Alerts</h1>
        <AcknowledgeAll unreadCount={unread.data?.count} />
      </div>
      <p className="muted">
        Budget, anomaly, recommendation and provider sync alerts, newest first. Acknowledging one marks it read for
        everyone in the organization.
      </p>
      <AlertFilterBar filters={filters} onShowChange={setShow} onTypeChange={setType} />
      <section tabIndex={0} className="table-card" aria-label="Alerts inbox" aria-busy={alerts.isFetching}>
        {alerts.isPending && <p className="muted">Loading alerts…</p>}
        {alerts.isError && !alerts.isFetchNextPageError && (
          <div role="alert" className="alert">
            Could not load alerts: {alerts.error.message}
          </div>
        )}
        {alerts.isSuccess && items.length === 0 && (
          <p className="muted empty-state">
            {narrowed
              ? 'No alerts match these filters.'
              : 'No alerts yet. When a budget, an anomaly or a provider sync needs attention, it shows up here.'}
          </p>
        )}
        {items.length > 0 && (
          <ul className="alert-list">
            {items.map((alert) => (
              <AlertItem key={alert.id} alert={alert} subjectLinks={subjectLinks} />
            ))}
          </ul>
        )}
        <LoadMore query={alerts} label="Load older alerts" failure="Could not load older alerts" />
      </section>
    </div>
  )
}
