import { TableHead } from '@/components/TableHead'
import { formatCount, formatOptional, formatPercent, formatUsd } from '@/lib/format'
import type { ExplorerOptions, ExplorerRow } from '../api/get-usage-explorer'
import { groupingLabels } from './labels'

const figureColumns = ['Cost', 'Share', 'Requests', 'Errors', 'Input tokens', 'Output tokens', 'Total tokens'].map(
  (label) => ({ label, numeric: true }),
)

export const rowName = (row: ExplorerRow) => (row.subLabel === null ? row.label : `${row.label} · ${row.subLabel}`)

export function ExplorerTable({ rows, options }: { rows: ExplorerRow[]; options: ExplorerOptions }) {
  const groupColumns = [groupingLabels[options.groupBy], ...(options.thenBy ? [groupingLabels[options.thenBy]] : [])]
  return (
    <table className="table" aria-label={`Usage by ${groupColumns.join(' and ').toLowerCase()}`}>
      <TableHead columns={[...groupColumns, ...figureColumns]} />
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.key}|${row.subKey ?? ''}`}>
            <th scope="row">{row.label}</th>
            {options.thenBy && <td>{row.subLabel}</td>}
            <td className="number">
              {formatUsd(row.spendUsd)}
              {row.unpricedRequests > 0 && <span className="badge warn">{formatCount(row.unpricedRequests)} unpriced</span>}
            </td>
            <td className="number">{formatOptional(row.share, formatPercent)}</td>
            <td className="number">{formatCount(row.requests)}</td>
            <td className="number">{formatCount(row.errors)}</td>
            <td className="number">{formatCount(row.inputTokens)}</td>
            <td className="number">{formatCount(row.outputTokens)}</td>
            <td className="number">{formatCount(row.totalTokens)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
