import { Link } from 'react-router'
import { Spend } from '@/components/Spend'
import { TableHead } from '@/components/TableHead'
import { unattributedKey } from '@/lib/analytics/unattributed'
import { formatCount, formatOptional, formatPercent } from '@/lib/format'
import { useTeamPages } from '@/lib/teams'
import type { ExplorerOptions, ExplorerRow, UsageExplorer } from '../api/get-usage-explorer'
import { groupingLabels } from './labels'

const figureColumns = ['Cost', 'Share', 'Requests', 'Errors', 'Input tokens', 'Output tokens', 'Total tokens'].map(
  (label) => ({ label, numeric: true }),
)

const unattributedHint = 'What provider billing holds beyond the calls telemetry attributes'
const labelOf = <T extends string | null | undefined>(key: string | null | undefined, label: T) =>
  key === unattributedKey ? 'Unattributed' : label

export const rowName = (row: ExplorerRow) => {
  const label = labelOf(row.key, row.label)
  return row.subLabel === null ? label : `${label} · ${labelOf(row.subKey, row.subLabel)}`
}

type Figures = Omit<ExplorerRow, 'key' | 'label' | 'subKey' | 'subLabel'>

type ExplorerTableProps = {
  explorer: UsageExplorer
  options: ExplorerOptions
  /** The request log narrowed to a row's values and range, when it can be. */
  requestLink?: (row: ExplorerRow) => string | undefined
}

export function ExplorerTable({ explorer, options, requestLink }: ExplorerTableProps) {
  const { rows, rest, totalRows } = explorer
  const teamPages = useTeamPages()
  const groupColumns = [groupingLabels[options.groupBy], ...(options.thenBy ? [groupingLabels[options.thenBy]] : [])]
  const tableLabel = `Usage by ${groupColumns.join(' and ').toLowerCase()}`
  return (
    <>
      {rest && (
        <p className="muted">
          The first {formatCount(rows.length)} of {formatCount(totalRows)} rows are listed; the other {formatCount(rest.rows)} are summed
          at the bottom.
        </p>
      )}
      <div className="table-scroll" role="region" aria-label={tableLabel} tabIndex={0}>
        <table className="table explorer-table" aria-label={tableLabel}>
          <TableHead columns={[...groupColumns, ...figureColumns]} withActions={requestLink !== undefined} />
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.key}|${row.subKey ?? ''}`}>
                <th scope="row" title={row.key === unattributedKey ? unattributedHint : undefined}>
                  {options.groupBy === 'team' && teamPages?.get(row.key) ? (
                    <Link to={teamPages.get(row.key)!}>{row.label}</Link>
                  ) : (
                    labelOf(row.key, row.label)
                  )}
                </th>
                {options.thenBy && <td>{labelOf(row.subKey, row.subLabel)}</td>}
                <FigureCells figures={row} />
                {requestLink && <RequestsCell row={row} to={requestLink(row)} />}
              </tr>
            ))}
          </tbody>
          {rest && (
            <tfoot>
              <tr>
                <th scope="row" colSpan={groupColumns.length}>
                  Other {formatCount(rest.rows)} rows
                </th>
                <FigureCells figures={rest} />
                {requestLink && <td />}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </>
  )
}

function RequestsCell({ row, to }: { row: ExplorerRow; to: string | undefined }) {
  return (
    <td className="row-actions">
      {to && (
        <Link to={to} aria-label={`Requests of ${rowName(row)}`}>
          Requests
        </Link>
      )}
    </td>
  )
}

function FigureCells({ figures }: { figures: Figures }) {
  return (
    <>
      <td className="number">
        <Spend usd={figures.spendUsd} unpriced={figures.unpricedRequests} />
      </td>
      <td className="number">{formatOptional(figures.share, formatPercent)}</td>
      <td className="number">{formatCount(figures.requests)}</td>
      <td className="number">{formatCount(figures.errors)}</td>
      <td className="number">{formatCount(figures.inputTokens)}</td>
      <td className="number">{formatCount(figures.outputTokens)}</td>
      <td className="number">{formatCount(figures.totalTokens)}</td>
    </>
  )
}
