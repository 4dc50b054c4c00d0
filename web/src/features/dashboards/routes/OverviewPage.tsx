import type { ReactNode } from 'react'
import { useSearchParams } from 'react-router'
import { FilterBar } from '@/components/analytics/FilterBar'
import { useAnalyticsFilters } from '@/lib/analytics/use-filters'
import { withParam } from '@/lib/search-params'
import { Permission, useCan } from '@/lib/session/permissions'
import { useDashboards } from '../api/list-dashboards'
import { DashboardPicker } from '../components/DashboardPicker'
import { DashboardView, type WidgetLinks } from '../components/DashboardView'
import { DeleteDashboard } from '../components/DeleteDashboard'
import { KeyFigures } from '../components/KeyFigures'
import { NewDashboard } from '../components/NewDashboard'

type OverviewPageProps = {
  /** Header controls the app composes in, such as loading demo data. */
  actions?: ReactNode
  widgetLinks?: WidgetLinks
}

export function OverviewPage({ actions, widgetLinks }: OverviewPageProps) {
  const dashboards = useDashboards()
  const { filters } = useAnalyticsFilters({ billed: true })
  const canEdit = useCan(Permission.dashboardsEdit)
  const [searchParams, setSearchParams] = useSearchParams()
  const select = (id: string | null) =>
    setSearchParams((params) => withParam(params, 'dashboard', id))

  if (dashboards.isPending) return <p className="muted">Loading dashboard…</p>
  if (dashboards.isError) {
    return (
      <div role="alert" className="alert">
        Could not load the dashboard: {dashboards.error.message}
      </div>
    )
  }
  const requested = searchParams.get('dashboard')
  const dashboard =
    dashboards.data.find((d) => d.id === requested) ?? dashboards.data.find((d) => d.isDefault) ?? dashboards.data[0]
  if (!dashboard) return <p className="muted">This organization has no dashboard yet.</p>

  return (
    <section className="stack">
      <div className="page-header">
        <h1>Overview</h1>
        {actions}
      </div>
      <FilterBar billed />
      <KeyFigures filters={filters} />
      <div className="dashboard-bar">
        <DashboardPicker dashboards={dashboards.data} selectedId={dashboard.id} onSelect={select} />
        {canEdit && <NewDashboard onCreated={(created) => select(created.id)} />}
        {canEdit && <DeleteDashboard dashboard={dashboard} onDeleted={() => select(null)} />}
      </div>
      <DashboardView key={dashboard.id} dashboard={dashboard} editable={canEdit} filters={filters} widgetLinks={widgetLinks} />
    </section>
  )
}
