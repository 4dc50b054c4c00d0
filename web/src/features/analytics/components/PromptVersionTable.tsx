import { TableHead } from '@/components/TableHead'
import { formatAverage, formatCount, formatMs, formatOptional, formatPercent, formatSpend, formatUsd } from '@/lib/format'
import type { PromptVersionStats } from '../api/get-prompt-versions'

const measures: { label: string; value: (stats: PromptVersionStats) => string }[] = [
  { label: 'Requests', value: (s) => formatCount(s.requests) },
  { label: 'Spend', value: (s) => formatSpend(s.spendUsd, s.unpricedRequests) },
  { label: 'Cost per request', value: (s) => formatOptional(s.costPerRequestUsd, formatUsd) },
  { label: 'Input tokens per request', value: (s) => formatOptional(s.averageInputTokens, formatAverage) },
  { label: 'Output tokens per request', value: (s) => formatOptional(s.averageOutputTokens, formatAverage) },
  { label: 'Average latency', value: (s) => formatOptional(s.averageLatencyMs, formatMs) },
  { label: 'Error rate', value: (s) => formatOptional(s.errorRate, formatPercent) },
  { label: 'Unpriced requests', value: (s) => formatCount(s.unpricedRequests) },
]

/** The compared versions side by side, one column each. */
export function PromptVersionTable({ endpointTag, versions }: { endpointTag: string; versions: PromptVersionStats[] }) {
  return (
    <table className="table" aria-label={`Prompt versions of ${endpointTag}`}>
      <TableHead columns={['Measure', ...versions.map((v) => ({ label: v.promptVersion, numeric: true }))]} />
      <tbody>
        {measures.map(({ label, value }) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {versions.map((version) => (
              <td key={version.promptVersion} className="number">
                {value(version)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
