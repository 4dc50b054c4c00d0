import { SourceNote } from '@/components/analytics/SourceNote'
import { QueryState } from '@/components/QueryState'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { useTopUsers } from '../api/get-top-users'
import { TopUsersTable } from './TopUsersTable'

export function TopUsers({ filters }: { filters: AnalyticsFilters }) {
  const topUsers = useTopUsers(filters)
  return (
    <QueryState query={topUsers} what="top users" isEmpty={(d) => d.byCost.length === 0} empty="No users in this range.">
      {({ byCost, byRequests, sourceNote }) => (
        <>
          <SourceNote note={sourceNote} filters={filters} />
          <div className="two-columns">
            <section tabIndex={0} className="card table-card" aria-labelledby="top-by-cost">
              <h2 id="top-by-cost">Top 10 by cost</h2>
              <TopUsersTable label="Top users by cost" users={byCost} />
            </section>
            <section tabIndex={0} className="card table-card" aria-labelledby="top-by-requests">
              <h2 id="top-by-requests">Top 10 by requests</h2>
              <TopUsersTable label="Top users by requests" users={byRequests} />
            </section>
          </div>
        </>
      )}
    </QueryState>
  )
}
