import { LoadMore } from '@/components/LoadMore'
import { SelectField } from '@/components/form/SelectField'
import { Permission, useCan } from '@/lib/session/permissions'
import { useAnomalies } from '../api/list-anomalies'
import { AnomaliesTable, type InvestigatePaths } from '../components/AnomaliesTable'
import { DetectAnomaliesButton } from '../components/DetectAnomaliesButton'
import { scopeKinds, useAnomalyFilters } from '../components/anomaly-filters'

const scopeOptions = [{ value: 'all', label: 'All scopes' }, ...scopeKinds]

type AnomaliesPageProps = { recommendationLink?: (id: string) => string; investigatePaths?: InvestigatePaths }

export function AnomaliesPage({ recommendationLink, investigatePaths }: AnomaliesPageProps) {
  const canDetect = useCan(Permission.insightsManage)
  const { filters, setScopeKind } = useAnomalyFilters()
  const anomalies = useAnomalies(filters)
  const items = anomalies.data?.pages.flatMap((page) => page.items) ?? []

  return (
    <div className="stack">
      <div className="page-header">
        <h1>Anomalies</h1>
        {canDetect && <DetectAnomaliesButton />}
      </div>
      <p className="muted">
        Hours whose spend rose well above what the same hours usually cost (a z-score against a baseline that leaves the hour
        out), for the whole organization and each provider, model and team. Newest first; a job checks every 15 minutes.
      </p>
      <div className="filter-bar" role="group" aria-label="Filter anomalies">
        <SelectField
          label="Scope"
          name="scope"
          options={scopeOptions}
          value={filters.scopeKind ?? 'all'}
          onChange={(event) => setScopeKind(event.target.value)}
        />
      </div>
      <section tabIndex={0} className="card table-card" aria-label="Anomaly feed" aria-busy={anomalies.isFetching}>
        {anomalies.isPending && <p className="muted">Loading anomalies…</p>}
        {anomalies.isError && !anomalies.isFetchNextPageError && (
          <div role="alert" className="alert">
            Could not load anomalies: {anomalies.error.message}
          </div>
        )}
        {anomalies.isSuccess && items.length === 0 && (
          <p className="muted empty-state">
            {filters.scopeKind ? 'No anomalies in this scope.' : 'No anomalies yet: spend has stayed within its usual range.'}
          </p>
        )}
        {items.length > 0 && (
          <AnomaliesTable anomalies={items} recommendationLink={recommendationLink} investigatePaths={investigatePaths} />
        )}
        <LoadMore query={anomalies} label="Load older anomalies" failure="Could not load older anomalies" />
      </section>
    </div>
  )
}
