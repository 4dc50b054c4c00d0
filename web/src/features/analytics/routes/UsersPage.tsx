import { NeedsTelemetry } from '@/components/analytics/NeedsTelemetry'
import { oneOf } from '@/lib/analytics/filters'
import { useAnalyticsFilters } from '@/lib/analytics/use-filters'
import { useSearchParamsState, withParam } from '@/lib/search-params'
import { pivotDimensions } from '../api/get-user-pivot'
import { TopUsers } from '../components/TopUsers'
import { UsageView } from '../components/UsageView'
import { UserPivotTable } from '../components/UserPivotTable'
import { UserTimelines } from '../components/UserTimelines'

/** `requestsPath`: the request log, which top users link to. */
export function UsersPage({ requestsPath }: { requestsPath?: string }) {
  const { filters } = useAnalyticsFilters()
  const [searchParams, setSearchParams] = useSearchParamsState()
  const pivotBy = oneOf(pivotDimensions, searchParams.get('pivotBy')) ?? 'model'
  const changePivot = (by: string) =>
    setSearchParams((params) => withParam(params, 'pivotBy', by, 'model'))

  if (filters.source === 'billed') {
    return (
      <UsageView title="Users">
        <NeedsTelemetry what="users" />
      </UsageView>
    )
  }
  return (
    <UsageView title="Users">
      <TopUsers filters={filters} requestsPath={requestsPath} />
      <UserTimelines filters={filters} />
      <UserPivotTable filters={filters} by={pivotBy} onByChange={changePivot} />
    </UsageView>
  )
}
