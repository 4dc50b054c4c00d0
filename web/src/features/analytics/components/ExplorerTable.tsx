import { TableHead } from '@/components/TableHead'
import { formatCount, formatOptional, formatPercent, formatUsd } from '@/lib/format'
import type { ExplorerOptions, ExplorerRow, UsageExplorer } from '../api/get-usage-explorer'
import { groupingLabels } from './labels'

const figureColumns = ['Cost', 'Share', 'Requests', 'Errors', 'Input tokens', 'Output tokens', 'Total tokens'].map(
  (label) => ({ label, numeric: true }),
)

export const rowName = (row: ExplorerRow) => (row.subLabel === null ? row.label : `${row.label} · ${row.subLabel}`)

type Figures = Omit<ExplorerRow, 'key' | 'label' | 'subKey' | 'subLabel'>

export function ExplorerTable({ explorer, options }: { explorer: UsageExplorer; options: ExplorerOptions }) {
  const { rows, rest, totalRows } = explorer
  const groupColumns = [groupingLabels[options.groupBy], ...(options.thenBy ? [groupingLabels[options.thenBy]] : [])]
  return (
    <>
      {rest && (
        <p className="muted">
          The first {formatCount(rows.length)} of {formatCount(totalRows)} rows are listed; the other {formatCount(rest.rows)} are summed
          at the bottom.
        </p>
      )}
      <table className="table" aria-label={`Usage by ${groupColumns.join(' and ').toLowerCase()}`}>
        <TableHead columns={[...groupColumns, ...figureColumns]} />
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.key}|${row.subKey ?? ''}`}>
              <th scope="row">{row.label}</th>
              {options.thenBy && <td>{row.subLabel}</td>}
              <FigureCells figures={row} />
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
            </tr>
          </tfoot>
        )}
      </table>
    </>
  )
}

function FigureCells({ figures }: { figures: Figures }) {
  return (
    <>
      <td className="number">
        {formatUsd(figures.spendUsd)}
        {figures.unpricedRequests > 0 && <span className="badge warn">{formatCount(figures.unpricedRequests)} unpriced</span>}
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
