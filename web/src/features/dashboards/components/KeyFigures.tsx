import { SourceNote } from '@/components/analytics/SourceNote'
import { Figures } from '@/components/Figures'
import { QueryState } from '@/components/QueryState'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { formatCount, formatMs, formatOptional, formatPercent, formatSpend, formatUsd } from '@/lib/format'
import { useOverview, type Overview } from '../api/get-overview'

/** Billing carries no latency: outside telemetry alone the average covers the calls telemetry reports. */
const latencyLabel = (source: AnalyticsFilters['source']) =>
  source === 'telemetry' ? 'Avg request time' : 'Avg request time (telemetry)'

export const keyFigures = (o: Overview, source?: AnalyticsFilters['source']) => [
  { label: 'Spend in range', value: formatSpend(o.spendUsd, o.unpricedRequests) },
  { label: 'Month to date', value: formatUsd(o.monthToDateSpendUsd) },
  { label: 'Requests', value: formatCount(o.requests) },
  { label: 'Error rate', value: formatOptional(o.errorRate, formatPercent) },
  { label: 'Avg cost per request', value: formatOptional(o.averageCostPerRequestUsd, formatUsd) },
  { label: latencyLabel(source), value: formatOptional(o.averageLatencyMs, formatMs) },
  { label: 'Total tokens', value: formatCount(o.totalTokens) },
  { label: 'Token efficiency', value: formatOptional(o.tokenEfficiency, formatPercent) },
  { label: 'Cost per 1K tokens', value: formatOptional(o.costPer1kTokensUsd, formatUsd) },
  { label: 'P50 latency', value: formatOptional(o.latencyP50Ms, formatMs) },
  { label: 'P95 latency', value: formatOptional(o.latencyP95Ms, formatMs) },
  { label: 'Active users', value: formatOptional(o.activeUsers, formatCount) },
  { label: 'Unpriced calls', value: formatCount(o.unpricedRequests) },
]

export function KeyFigures({ filters }: { filters: AnalyticsFilters }) {
  const overview = useOverview(filters)
  return (
    <section className="card key-figures" aria-label="Key figures">
      <QueryState query={overview} what="key figures">
        {(data) => (
          <>
            <Figures figures={keyFigures(data, filters.source)} />
            <SourceNote note={data.sourceNote} filters={filters} />
          </>
        )}
      </QueryState>
    </section>
  )
}
