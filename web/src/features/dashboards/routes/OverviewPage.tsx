import type { ReactNode } from 'react'
import { FilterBar } from '@/components/analytics/FilterBar'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { useAnalyticsFilters } from '@/lib/analytics/use-filters'
import { useSearchParamsState, withParam } from '@/lib/search-params'
import { Permission, useCan } from '@/lib/session/permissions'
import { useOverview, type Overview } from '../api/get-overview'
import { useDashboards } from '../api/list-dashboards'
import { DashboardPicker } from '../components/DashboardPicker'
import { DashboardView, type WidgetLinks } from '../components/DashboardView'
import { DeleteDashboard } from '../components/DeleteDashboard'
import { KeyFigures } from '../components/KeyFigures'
import { NewDashboard } from '../components/NewDashboard'

type OverviewPageProps = {
  /** Header controls the app composes in, such as loading demo data. */
  actions?: ReactNode
  /** Above the filters, such as what data is shown. */
  notices?: ReactNode
  /** Under the key figures, such as how fresh each provider's data is. */
  dataStatus?: ReactNode
  /** How to get data in, shown when the range holds none and no filter narrows it. */
  gettingStarted?: ReactNode
  widgetLinks?: WidgetLinks
}

/** Filters that can empty a range that holds data; then the widgets say so themselves. */
const narrowed = ({ provider, model, team, environment, dataMode }: AnalyticsFilters) =>
  Boolean(provider || model || team || environment) || dataMode === 'demo' || dataMode === 'test'
const holdsNothing = (overview: Overview) => overview.requests === 0 && overview.spendUsd === 0

export function OverviewPage({ actions, notices, dataStatus, gettingStarted, widgetLinks }: OverviewPageProps) {
  const dashboards = useDashboards()
  const { filters } = useAnalyticsFilters()
  const overview = useOverview(filters)
  const empty = overview.data !== undefined && holdsNothing(overview.data) && !narrowed(filters)
  const canEdit = useCan(Permission.dashboardsEdit)
  const [searchParams, setSearchParams] = useSearchParamsState()
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
      {notices}
      <FilterBar />
      <KeyFigures filters={filters} />
      {dataStatus}
      {empty && gettingStarted}
      <div className="dashboard-bar">
        <DashboardPicker dashboards={dashboards.data} selectedId={dashboard.id} onSelect={select} />
        {canEdit && <NewDashboard onCreated={(created) => select(created.id)} />}
        {canEdit && <DeleteDashboard dashboard={dashboard} onDeleted={() => select(null)} />}
      </div>
      <DashboardView key={dashboard.id} dashboard={dashboard} editable={canEdit} filters={filters} widgetLinks={widgetLinks} />
    </section>
  )
}
