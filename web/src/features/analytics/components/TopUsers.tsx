import { SourceNote } from '@/components/analytics/SourceNote'
import { QueryState } from '@/components/QueryState'
import { filtersScope, requestLogSearch } from '@/lib/analytics/drill-down'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { useTopUsers } from '../api/get-top-users'
import { TopUsersTable } from './TopUsersTable'

/** `requestsPath`: the request log, which each user links to, narrowed to their calls in the range. */
export function TopUsers({ filters, requestsPath }: { filters: AnalyticsFilters; requestsPath?: string }) {
  const topUsers = useTopUsers(filters)
  return (
    <QueryState query={topUsers} what="top users" isEmpty={(d) => d.byCost.length === 0} empty="No users in this range.">
      {({ byCost, byRequests, sourceNote, from, to }) => {
        const requestsOf = requestsPath
          ? (userId: string) => `${requestsPath}${requestLogSearch({ from, to }, { ...filtersScope(filters), userId }, filters.dataMode)}`
          : undefined
        return (
        <>
          <SourceNote note={sourceNote} filters={filters} />
          <div className="two-columns">
            <section tabIndex={0} className="card table-card" aria-labelledby="top-by-cost">
              <h2 id="top-by-cost">Top 10 by cost</h2>
              <TopUsersTable label="Top users by cost" users={byCost} requestsOf={requestsOf} />
            </section>
            <section tabIndex={0} className="card table-card" aria-labelledby="top-by-requests">
              <h2 id="top-by-requests">Top 10 by requests</h2>
              <TopUsersTable label="Top users by requests" users={byRequests} requestsOf={requestsOf} />
            </section>
          </div>
        </>
        )
      }}
    </QueryState>
  )
}
