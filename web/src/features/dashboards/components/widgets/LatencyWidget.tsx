import { NeedsTelemetry } from '@/components/analytics/NeedsTelemetry'
import { SourceNote } from '@/components/analytics/SourceNote'
import { Figures } from '@/components/Figures'
import { QueryState } from '@/components/QueryState'
import { TableHead } from '@/components/TableHead'
import { formatCount, formatMs, formatOptional } from '@/lib/format'
import { useLatency } from '../../api/get-latency'
import type { WidgetProps } from './widget-props'

const columns = [
  'Model',
  { label: 'Calls', numeric: true },
  { label: 'Average', numeric: true },
  { label: 'P50', numeric: true },
  { label: 'P95', numeric: true },
]

export function LatencyWidget({ filters }: WidgetProps) {
  const billed = filters.source === 'billed'
  const query = useLatency(filters, !billed)
  if (billed) return <NeedsTelemetry what="latency" />
  return (
    <QueryState query={query} what="latency" isEmpty={(d) => d.overall.calls === 0} empty="No timed calls in this range.">
      {({ overall, models, sourceNote }) => (
        <>
          <Figures
            figures={[
              { label: 'Average', value: formatOptional(overall.averageMs, formatMs) },
              { label: 'P50', value: formatOptional(overall.p50Ms, formatMs) },
              { label: 'P95', value: formatOptional(overall.p95Ms, formatMs) },
            ]}
          />
          <table className="table compact" aria-label="Latency per model">
            <TableHead columns={columns} />
            <tbody>
              {models.map((m) => (
                <tr key={m.model}>
                  <th scope="row">{m.model}</th>
                  <td className="number">{formatCount(m.calls)}</td>
                  <td className="number">{formatOptional(m.averageMs, formatMs)}</td>
                  <td className="number">{formatOptional(m.p50Ms, formatMs)}</td>
                  <td className="number">{formatOptional(m.p95Ms, formatMs)}</td>
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
