import { Link } from 'react-router'
import { SourceNote } from '@/components/analytics/SourceNote'
import { QueryState } from '@/components/QueryState'
import { TableHead } from '@/components/TableHead'
import { explorerRowScope, filtersScope, requestLogSearch } from '@/lib/analytics/drill-down'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { formatCount, formatDay, formatLastDay, formatShortDateTime, formatUsd, formatOptional } from '@/lib/format'
import { useActorActivity, type ActorUsage } from '../api/get-actor-activity'

type ActorTablesProps = { filters: AnalyticsFilters; requestsPath?: string }

const figureColumns = [
  { label: 'Calls', numeric: true },
  { label: 'Spend', numeric: true },
  'Last seen (hour)',
]

/** Usage per API key and per end user in the range, each linking to its calls in the request log. */
export function ActorTables({ filters, requestsPath }: ActorTablesProps) {
  const actors = useActorActivity(filters)
  return (
    <QueryState query={actors} what="activity by API key and user">
      {(data) => {
        const link = (grouping: string, actor: ActorUsage) => {
          const scope = requestsPath && explorerRowScope([{ grouping, key: actor.id }])
          return scope ? `${requestsPath}${requestLogSearch(data, { ...filtersScope(filters), ...scope }, filters.dataMode)}` : undefined
        }
        return (
          <>
            <p className="muted">
              {formatDay(data.from)} to {formatLastDay(data.to)} (UTC). Last seen is the end of the latest hour with calls.
            </p>
            <SourceNote note={data.sourceNote} filters={filters} />
            <div className="two-columns">
              <ActorTable
                title="API keys"
                column="API key"
                noun="API key"
                actors={data.apiKeys}
                total={data.totalApiKeys}
                link={(actor) => link('apiKey', actor)}
              />
              <ActorTable
                title="Users"
                column="User"
                noun="user"
                actors={data.users} total={data.totalUsers} link={(actor) => link('user', actor)} />
            </div>
          </>
        )
      }}
    </QueryState>
  )
}

type ActorTableProps = {
  title: string
  column: string
  /** The table's name reads "Calls by <noun>". */
  noun: string
  actors: ActorUsage[]
  total: number
  link: (actor: ActorUsage) => string | undefined
}

function ActorTable({ title, column, noun, actors, total, link }: ActorTableProps) {
  return (
    <section tabIndex={0} className="card table-card" aria-label={title}>
      <h2>{title}</h2>
      {actors.length === 0 ? (
        <p className="muted">No calls in this range.</p>
      ) : (
        <table className="table compact" aria-label={`Calls by ${noun}`}>
          <TableHead columns={[column, ...figureColumns]} />
          <tbody>
            {actors.map((actor) => {
              const to = link(actor)
              return (
                <tr key={actor.id}>
                  <th scope="row">{to ? <Link to={to} title={`Requests of ${actor.label}`}>{actor.label}</Link> : actor.label}</th>
                  <td className="number">{formatCount(actor.calls)}</td>
                  <td className="number">{formatUsd(actor.spendUsd)}</td>
                  <td>{formatOptional(actor.lastSeenAt, formatShortDateTime)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {total > actors.length && (
        <p className="muted">
          The {formatCount(actors.length)} with the most spend of {formatCount(total)} are listed.
        </p>
      )}
    </section>
  )
}
