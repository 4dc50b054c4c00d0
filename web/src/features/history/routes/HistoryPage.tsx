import { Link } from 'react-router'
import { FilterBar } from '@/components/analytics/FilterBar'
import { useAnalyticsFilters } from '@/lib/analytics/use-filters'
import { useSearchParamsState, withParam } from '@/lib/search-params'
import { ActivityLog } from '../components/ActivityLog'
import { ActorTables } from '../components/ActorTables'

const views = [
  { value: 'activity', label: 'Activity' },
  { value: 'usage', label: 'Usage by API key and user' },
] as const

/** `requestsPath`: the request log, which each API key and user links to. */
export function HistoryPage({ requestsPath }: { requestsPath?: string }) {
  const [searchParams, setSearchParams] = useSearchParamsState()
  const { filters } = useAnalyticsFilters()
  const view = searchParams.get('view') === 'usage' ? 'usage' : 'activity'
  const type = searchParams.get('type') ?? undefined
  const viewSearch = (value: string) => {
    const params = withParam(new URLSearchParams(searchParams), 'view', value, 'activity')
    params.delete('type')
    return `?${params}`
  }

  return (
    <div className="stack">
      <div className="page-header">
        <h1>History</h1>
        <nav aria-label="History views" className="tabs">
          {views.map(({ value, label }) => (
            <Link key={value} to={viewSearch(value)} className={value === view ? 'active' : undefined} aria-current={value === view ? 'page' : undefined}>
              {label}
            </Link>
          ))}
        </nav>
      </div>
      {view === 'activity' ? (
        <ActivityLog type={type} onTypeChange={(value) => setSearchParams((params) => withParam(params, 'type', value))} />
      ) : (
        <>
          <FilterBar />
          <ActorTables filters={filters} requestsPath={requestsPath} />
        </>
      )}
    </div>
  )
}
