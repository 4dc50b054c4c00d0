import { TableHead } from '@/components/TableHead'
import { formatDay, formatOptional, formatPercent, formatUsd } from '@/lib/format'
import type { ReconciliationDay, ReconciliationRow } from '../api/get-reconciliation'

type Amounts = Pick<ReconciliationDay, 'billedUsd' | 'attributedUsd' | 'gapUsd' | 'coverage'>

const amountColumns = ['Billed', 'Attributed', 'Gap', 'Coverage'].map((label) => ({ label, numeric: true }))

function AmountCells({ amounts }: { amounts: Amounts }) {
  return (
    <>
      <td className="number">{formatUsd(amounts.billedUsd)}</td>
      <td className="number">{formatUsd(amounts.attributedUsd)}</td>
      <td className="number">{formatUsd(amounts.gapUsd)}</td>
      <td className="number">{formatOptional(amounts.coverage, formatPercent)}</td>
    </>
  )
}

export function ReconciliationDays({ days }: { days: ReconciliationDay[] }) {
  return (
    <table className="table compact" aria-label="Reconciliation by day">
      <TableHead columns={['Day', ...amountColumns]} />
      <tbody>
        {days.map((day) => (
          <tr key={day.day}>
            <th scope="row">{formatDay(day.day)}</th>
            <AmountCells amounts={day} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function ReconciliationModels({ rows }: { rows: ReconciliationRow[] }) {
  return (
    <table className="table compact" aria-label="Reconciliation by day and model">
      <TableHead columns={['Day', 'Provider', 'Model', ...amountColumns]} />
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.day}|${row.provider}|${row.model}`}>
            <th scope="row">{formatDay(row.day)}</th>
            <td>{row.provider}</td>
            <td>{row.model}</td>
            <AmountCells amounts={row} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}
