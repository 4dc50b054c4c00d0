import { QueryState } from '@/components/QueryState'
import { TableHead } from '@/components/TableHead'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { formatCount, formatUsd } from '@/lib/format'
import { useTeamTop } from '../api/team-analytics'

type TeamTopProps = { filters: AnalyticsFilters; groupBy: 'model' | 'endpointTag' | 'user'; title: string; column: string }

/** The team's top five models, features or users by spend in the range. */
export function TeamTop({ filters, groupBy, title, column }: TeamTopProps) {
  const top = useTeamTop(filters, groupBy)
  return (
    <section tabIndex={0} className="card table-card" aria-label={title}>
      <h2>{title}</h2>
      <QueryState query={top} what={title.toLowerCase()} isEmpty={(d) => d.rows.length === 0} empty="No calls in this range.">
        {({ rows }) => (
          <table className="table">
            <TableHead columns={[column, { label: 'Spend', numeric: true }, { label: 'Requests', numeric: true }]} />
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <td>{row.label}</td>
                  <td className="number">{formatUsd(row.spendUsd)}</td>
                  <td className="number">{formatCount(row.requests)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  )
}
