import { BarChart } from '@/components/charts/BarChart'
import { QueryState } from '@/components/QueryState'
import { TableHead } from '@/components/TableHead'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { formatCount, formatDay, formatOptional, formatUsd } from '@/lib/format'
import { useUserTimelines } from '../api/get-user-timelines'

const columns = ['Day', ...['Active users', 'Cost per user', 'Requests per user'].map((label) => ({ label, numeric: true }))]
const oneDecimal = (value: number) => value.toFixed(1)

export function UserTimelines({ filters }: { filters: AnalyticsFilters }) {
  const timelines = useUserTimelines(filters)
  return (
    <section tabIndex={0} className="card table-card" aria-labelledby="user-timelines">
      <h2 id="user-timelines">Per-user timelines</h2>
      <QueryState
        query={timelines}
        what="user timelines"
        isEmpty={(d) => d.days.every((day) => day.activeUsers === 0)}
        empty="No active users in this range."
      >
        {({ days }) => (
          <>
            <div className="explorer-chart">
              <BarChart
                label="Active users by day"
                data={days}
                categoryKey="day"
                series={[{ key: 'activeUsers', label: 'Active users' }]}
                formatValue={formatCount}
                formatCategory={formatDay}
              />
            </div>
            <table className="table compact" aria-label="Per-user timelines">
              <TableHead columns={columns} />
              <tbody>
                {days.map((day) => (
                  <tr key={day.day}>
                    <th scope="row">{formatDay(day.day)}</th>
                    <td className="number">{formatCount(day.activeUsers)}</td>
                    <td className="number">{formatOptional(day.averageCostPerUserUsd, formatUsd)}</td>
                    <td className="number">{formatOptional(day.averageRequestsPerUser, oneDecimal)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </QueryState>
    </section>
  )
}
