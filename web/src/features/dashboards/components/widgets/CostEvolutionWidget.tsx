import { NeedsTelemetry } from '@/components/analytics/NeedsTelemetry'
import { SourceNote } from '@/components/analytics/SourceNote'
import { BarChart } from '@/components/charts/BarChart'
import { Figures } from '@/components/Figures'
import { QueryState } from '@/components/QueryState'
import { formatDay, formatMs, formatOptional, formatUsd } from '@/lib/format'
import { useUsageOverTime } from '../../api/get-usage-over-time'
import { averageCostPerRequest, evolutionRows } from './cost-evolution'
import { intervalOf } from './definitions'
import { noRequests, type WidgetProps } from './widget-props'

/** Average cost per request and average latency per day or week, as two small charts. */
export function CostEvolutionWidget({ filters, config }: WidgetProps) {
  const interval = intervalOf(config)
  const query = useUsageOverTime('spend-over-time', filters, { interval })

  return (
    <QueryState query={query} what="cost per request" isEmpty={noRequests} empty="No requests in this range.">
      {({ points, sourceNote }) => {
        const rows = evolutionRows(points)
        return (
          <>
            <Figures figures={[{ label: 'Avg cost per request', value: formatOptional(averageCostPerRequest(points), formatUsd) }]} />
            <div className="two-charts">
              <div className="chart-cell">
                <p className="chart-caption" aria-hidden="true">
                  Cost per request
                </p>
                <BarChart
                  label={`Average cost per request by ${interval}`}
                  data={rows}
                  categoryKey="period"
                  series={[{ key: 'costPerRequest', label: 'Avg cost per request', line: true }]}
                  formatValue={formatUsd}
                  formatCategory={formatDay}
                />
              </div>
              <div className="chart-cell">
                <p className="chart-caption" aria-hidden="true">
                  Latency
                </p>
                {filters.source === 'billed' ? (
                  <NeedsTelemetry what="latency" />
                ) : (
                  <BarChart
                    label={`Average latency by ${interval}`}
                    data={rows}
                    categoryKey="period"
                    series={[{ key: 'latencyMs', label: 'Avg latency (telemetry)', line: true }]}
                    formatValue={formatMs}
                    formatCategory={formatDay}
                  />
                )}
              </div>
            </div>
            <SourceNote note={sourceNote} filters={filters} />
          </>
        )
      }}
    </QueryState>
  )
}
