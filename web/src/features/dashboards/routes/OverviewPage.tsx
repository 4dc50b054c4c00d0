import type { ReactNode } from 'react'
import { useDashboards } from '../api/list-dashboards'
import { WidgetCard } from '../components/WidgetCard'

/** actions: header controls the app composes in, such as loading demo data. */
export function OverviewPage({ actions }: { actions?: ReactNode }) {
  const dashboards = useDashboards()

  if (dashboards.isPending) return <p className="muted">Loading dashboard…</p>
  if (dashboards.isError) {
    return (
      <div role="alert" className="alert">
        Could not load the dashboard: {dashboards.error.message}
      </div>
    )
  }
  const dashboard = dashboards.data.find((d) => d.isDefault) ?? dashboards.data[0]
  if (!dashboard) return <p className="muted">This organization has no dashboard yet.</p>

  return (
    <section>
      <div className="page-header">
        <h1>{dashboard.name}</h1>
        {actions}
      </div>
      <div className="widget-grid">
        {(dashboard.widgets ?? []).map((widget) => (
          <WidgetCard key={widget.id} widget={widget} />
        ))}
      </div>
    </section>
  )
}
