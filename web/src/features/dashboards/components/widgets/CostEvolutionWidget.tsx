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

const charts = [
  { caption: 'Cost per request', label: 'Average cost per request', key: 'costPerRequest', series: 'Avg cost per request', format: formatUsd },
  { caption: 'Latency', label: 'Average latency', key: 'latencyMs', series: 'Avg latency (telemetry)', format: formatMs, telemetryOnly: true },
]

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
              {charts.map((chart) => (
                <div className="chart-cell" key={chart.key}>
                  <p className="chart-caption" aria-hidden="true">
                    {chart.caption}
                  </p>
                  {chart.telemetryOnly && filters.source === 'billed' ? (
                    <NeedsTelemetry what="latency" />
                  ) : (
                    <BarChart
                      label={`${chart.label} by ${interval}`}
                      data={rows}
                      categoryKey="period"
                      series={[{ key: chart.key, label: chart.series, line: true }]}
                      formatValue={chart.format}
                      formatCategory={formatDay}
                    />
                  )}
                </div>
              ))}
            </div>
            <SourceNote note={sourceNote} filters={filters} />
          </>
        )
      }}
    </QueryState>
  )
}
