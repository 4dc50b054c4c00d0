import { SourceNote } from '@/components/analytics/SourceNote'
import { BarChart, type ChartSeries } from '@/components/charts/BarChart'
import { Figures } from '@/components/Figures'
import { QueryState } from '@/components/QueryState'
import { sumBy } from '@/lib/analytics/sum'
import { tokenKinds } from '@/lib/analytics/token-kinds'
import { formatCompact, formatCount, formatDay } from '@/lib/format'
import { useUsageOverTime, type UsagePoint } from '../../api/get-usage-over-time'
import { intervalOf } from './definitions'
import { noRequests, type WidgetProps } from './widget-props'

const series: ChartSeries[] = tokenKinds.map((kind) => ({ ...kind, stack: 'tokens' }))

export function TokenConsumptionWidget({ filters, config }: WidgetProps) {
  const interval = intervalOf(config)
  const query = useUsageOverTime('token-consumption', filters, { interval })

  return (
    <QueryState query={query} what="tokens" isEmpty={noRequests} empty="No tokens in this range.">
      {({ points, sourceNote }) => (
        <>
          <Figures
            figures={tokenKinds.map(({ key, label }) => ({
              label,
              value: formatCount(sumBy(points, (p: UsagePoint) => p[key])),
            }))}
          />
          <BarChart
            label={`Tokens by ${interval}`}
            data={points}
            categoryKey="period"
            series={series}
            formatValue={formatCompact}
            formatCategory={formatDay}
          />
          <SourceNote note={sourceNote} filters={filters} />
        </>
      )}
    </QueryState>
  )
}
