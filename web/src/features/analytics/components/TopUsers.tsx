import { SourceNote } from '@/components/analytics/SourceNote'
import { Figures } from '@/components/Figures'
import { QueryState } from '@/components/QueryState'
import { filtersScope, requestLogSearch } from '@/lib/analytics/drill-down'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { formatAverage, formatCount, formatOptional, formatUsd } from '@/lib/format'
import { useTopUsers, type TopUsers as TopUsersData } from '../api/get-top-users'
import { TopUsersTable } from './TopUsersTable'

/** Over the identified users with calls in the range, from the same rows as the top lists. */
export const userAverages = (users: TopUsersData) => [
  { label: 'Active users', value: formatCount(users.activeUsers) },
  { label: 'Avg cost per user', value: formatOptional(users.averageCostPerUserUsd, formatUsd) },
  { label: 'Avg requests per user', value: formatOptional(users.averageRequestsPerUser, formatAverage) },
]

/** `requestsPath`: the request log, which each user links to, narrowed to their calls in the range. */
export function TopUsers({ filters, requestsPath }: { filters: AnalyticsFilters; requestsPath?: string }) {
  const topUsers = useTopUsers(filters)
  return (
    <QueryState query={topUsers} what="top users" isEmpty={(d) => d.byCost.length === 0} empty="No users in this range.">
      {(data) => {
        const requestsOf = requestsPath
          ? (userId: string) => `${requestsPath}${requestLogSearch({ from: data.from, to: data.to }, { ...filtersScope(filters), userId }, filters.dataMode)}`
          : undefined
        return (
          <>
            <section className="card key-figures" aria-label="User averages">
              <Figures figures={userAverages(data)} />
            </section>
            <SourceNote note={data.sourceNote} filters={filters} />
            <div className="two-columns">
              <section tabIndex={0} className="card table-card" aria-labelledby="top-by-cost">
                <h2 id="top-by-cost">Top 10 by cost</h2>
                <TopUsersTable label="Top users by cost" users={data.byCost} requestsOf={requestsOf} />
              </section>
              <section tabIndex={0} className="card table-card" aria-labelledby="top-by-requests">
                <h2 id="top-by-requests">Top 10 by requests</h2>
                <TopUsersTable label="Top users by requests" users={data.byRequests} requestsOf={requestsOf} />
              </section>
            </div>
          </>
        )
      }}
    </QueryState>
  )
}
