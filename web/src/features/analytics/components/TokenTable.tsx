import { TableHead } from '@/components/TableHead'
import { tokenKinds } from '@/lib/analytics/token-kinds'
import { formatAverage, formatCount, formatOptional } from '@/lib/format'
import type { TokenRow } from '../api/get-token-usage'

const figureLabels = ['Requests', ...tokenKinds.map((kind) => kind.label), 'Total', 'Input per request', 'Output per response']
const figureColumns = figureLabels.map((label) => ({ label, numeric: true }))

type TokenTableProps = {
  label: string
  keyLabel: string
  rows: TokenRow[]
  name?: (key: string) => string
  /** A footer row of the whole range. */
  total?: TokenRow
}

export function TokenTable({ label, keyLabel, rows, name = (key) => key, total }: TokenTableProps) {
  return (
    <table className="table compact" aria-label={label}>
      <TableHead columns={[keyLabel, ...figureColumns]} />
      <tbody>
        {rows.map((row) => (
          <TokenFigures key={row.key} name={name(row.key)} row={row} />
        ))}
      </tbody>
      {total && (
        <tfoot>
          <TokenFigures name="Total" row={total} />
        </tfoot>
      )}
    </table>
  )
}

function TokenFigures({ name, row }: { name: string; row: TokenRow }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td className="number">{formatCount(row.requests)}</td>
      {tokenKinds.map(({ key }) => (
        <td key={key} className="number">
          {formatCount(row[key])}
        </td>
      ))}
      <td className="number">{formatCount(row.totalTokens)}</td>
      <td className="number">{formatOptional(row.averageInputPerRequest, formatAverage)}</td>
      <td className="number">{formatOptional(row.averageOutputPerResponse, formatAverage)}</td>
    </tr>
  )
}
