import { NeedsTelemetry } from '@/components/analytics/NeedsTelemetry'
import { SourceNote } from '@/components/analytics/SourceNote'
import { QueryState } from '@/components/QueryState'
import { TableHead } from '@/components/TableHead'
import { breakdownLabel } from '@/lib/analytics/unattributed'
import { formatSpend } from '@/lib/format'
import { useCostContribution } from '../../api/get-cost-contribution'
import { ShareBar } from './ShareBar'
import type { WidgetProps } from './widget-props'

const columns = ['Feature', 'Model', { label: 'Spend', numeric: true }, { label: 'Share', numeric: true }]

/** Calls sent without an endpoint tag have no feature. */
export const featureLabel = (key: string) => breakdownLabel(key, 'No feature')

/** Each feature's and model's part of the cost, largest first. */
export function CostContributionWidget({ filters }: WidgetProps) {
  const billed = filters.source === 'billed'
  const query = useCostContribution(filters, !billed)
  if (billed) return <NeedsTelemetry what="features" />
  return (
    <QueryState query={query} what="cost contribution" isEmpty={(d) => d.rows.length === 0} empty="No spend in this range.">
      {({ rows, sourceNote }) => (
        <>
          <table className="table compact" aria-label="Cost by feature and model">
            <TableHead columns={columns} />
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.key}/${row.subKey}`}>
                  <th scope="row">{featureLabel(row.key)}</th>
                  <td className="model-id">{row.subLabel ?? row.subKey}</td>
                  <td className="number">{formatSpend(row.spendUsd, row.unpricedRequests)}</td>
                  <td className="number">
                    <ShareBar share={row.share} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <SourceNote note={sourceNote} filters={filters} />
        </>
      )}
    </QueryState>
  )
}
