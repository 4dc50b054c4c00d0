import { SourceNote } from '@/components/analytics/SourceNote'
import { BarChart, type ChartSeries } from '@/components/charts/BarChart'
import { Figures } from '@/components/Figures'
import { QueryState } from '@/components/QueryState'
import { sumBy } from '@/lib/analytics/sum'
import { formatCompact, formatCount, formatDay, formatOptional, formatPercent } from '@/lib/format'
import { useUsageOverTime } from '../../api/get-usage-over-time'
import { intervalOf } from './definitions'
import { noRequests, type WidgetProps } from './widget-props'

const series: ChartSeries[] = [
  { key: 'requests', label: 'Requests' },
  { key: 'errors', label: 'Errors', line: true },
]

export function RequestVolumeWidget({ filters, config }: WidgetProps) {
  const interval = intervalOf(config)
  const query = useUsageOverTime('request-volume', filters, { interval })

  return (
    <QueryState query={query} what="requests" isEmpty={noRequests} empty="No requests in this range.">
      {({ points, sourceNote }) => {
        const requests = sumBy(points, (p) => p.requests)
        const errors = sumBy(points, (p) => p.errors)
        return (
          <>
            <Figures
              figures={[
                { label: 'Requests', value: formatCount(requests) },
                { label: 'Errors', value: formatCount(errors) },
                { label: 'Error rate', value: formatOptional(requests ? errors / requests : null, formatPercent) },
              ]}
            />
            <BarChart
              label={`Requests and errors by ${interval}`}
              data={points}
              categoryKey="period"
              series={series}
              formatValue={formatCompact}
              formatCategory={formatDay}
            />
            <SourceNote note={sourceNote} filters={filters} />
          </>
        )
      }}
    </QueryState>
  )
}
