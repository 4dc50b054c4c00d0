import { SourceNote } from '@/components/analytics/SourceNote'
import { QueryState } from '@/components/QueryState'
import { TableHead } from '@/components/TableHead'
import { formatCount, formatOptional, formatSpend } from '@/lib/format'
import { useCostPerModel } from '../../api/get-cost-per-model'
import { ShareBar } from './ShareBar'
import type { WidgetProps } from './widget-props'

const columns = [
  'Model',
  { label: 'Spend', numeric: true },
  { label: 'Share', numeric: true },
  { label: 'Requests', numeric: true },
  { label: 'Per request', numeric: true },
]

export function CostPerModelWidget({ filters }: WidgetProps) {
  const query = useCostPerModel(filters)
  return (
    <QueryState query={query} what="cost per model" isEmpty={(d) => d.models.length === 0} empty="No models used in this range.">
      {({ models, sourceNote }) => (
        <>
          <table className="table compact" aria-label="Cost per model">
            <TableHead columns={columns} />
            <tbody>
              {models.map((m) => (
                <tr key={`${m.provider}/${m.model}`}>
                  <th scope="row">
                    <span className="model-id">{m.model}</span> <span className="muted">{m.provider}</span>
                    {m.unpricedRequests > 0 && <span className="badge warn">{formatCount(m.unpricedRequests)} unpriced</span>}
                  </th>
                  <td className="number">{formatSpend(m.spendUsd, m.unpricedRequests)}</td>
                  <td className="number">
                    <ShareBar share={m.share} />
                  </td>
                  <td className="number">
                    {m.requests === 0 && m.spendUsd > 0 ? <abbr title="Not reported in the provider's bill">—</abbr> : formatCount(m.requests)}
                  </td>
                  <td className="number">{formatOptional(m.averageCostPerRequestUsd, (usd) => formatSpend(usd, m.unpricedRequests))}</td>
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
