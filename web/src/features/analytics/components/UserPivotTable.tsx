import { SelectField } from '@/components/form/SelectField'
import { QueryState } from '@/components/QueryState'
import { TableHead } from '@/components/TableHead'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { breakdownLabel } from '@/lib/analytics/unattributed'
import { formatCount, formatUsd } from '@/lib/format'
import { pivotDimensions, useUserPivot, type PivotDimension } from '../api/get-user-pivot'
import { teamLabel, userLabel } from './labels'

type UserPivotProps = { filters: AnalyticsFilters; by: PivotDimension; onByChange: (by: string) => void }

const byOptions = pivotDimensions.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1) }))

export function UserPivotTable({ filters, by, onByChange }: UserPivotProps) {
  const pivot = useUserPivot(filters, by)
  const columnLabel = by === 'team' ? teamLabel : (column: string) => breakdownLabel(column, column)
  return (
    <section tabIndex={0} className="card table-card" aria-labelledby="user-pivot">
      <h2 id="user-pivot">Activity by user</h2>
      <div className="pivot-by">
        <SelectField
          label="Pivot by"
          name="pivotBy"
          value={by}
          options={byOptions}
          onChange={(event) => onByChange(event.target.value)}
        />
      </div>
      <QueryState query={pivot} what="the pivot" isEmpty={(d) => d.rows.length === 0} empty="No users in this range.">
        {({ columns, rows, rest, totalUsers }) => (
          <>
            {rest && (
              <p className="muted">
                The {formatCount(rows.length)} highest-spending of {formatCount(totalUsers)} users are listed; the other{' '}
                {formatCount(rest.users)} are summed at the bottom.
              </p>
            )}
            <table className="table compact" aria-label={`Spend and requests by user and ${by}`}>
              <TableHead
                columns={[
                  'User',
                  { label: 'Total', numeric: true },
                  ...columns.map((column) => ({ label: columnLabel(column), numeric: true })),
                ]}
              />
              <tbody>
                {rows.map((row) => (
                  <PivotRow key={row.userId} name={userLabel(row.userId)} row={row} columns={columns} />
                ))}
              </tbody>
              {rest && (
                <tfoot>
                  <PivotRow name={`Other ${formatCount(rest.users)} users`} row={rest} columns={columns} />
                </tfoot>
              )}
            </table>
          </>
        )}
      </QueryState>
    </section>
  )
}

type Cell = { spendUsd: number; requests: number }

type PivotRowProps = { name: string; row: Cell & { cells: ({ column: string } & Cell)[] }; columns: string[] }

function PivotRow({ name, row, columns }: PivotRowProps) {
  const cells = new Map(row.cells.map((cell) => [cell.column, cell]))
  return (
    <tr>
      <th scope="row">{name}</th>
      <PivotCell spendUsd={row.spendUsd} requests={row.requests} />
      {columns.map((column) => (
        <PivotCell key={column} {...(cells.get(column) ?? { spendUsd: 0, requests: 0 })} />
      ))}
    </tr>
  )
}

function PivotCell({ spendUsd, requests }: Cell) {
  return (
    <td className="number">
      {formatUsd(spendUsd)}
      <br />
      <span className="muted">{formatCount(requests)} req.</span>
    </td>
  )
}
