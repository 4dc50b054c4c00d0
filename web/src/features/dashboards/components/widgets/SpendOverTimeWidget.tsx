import { SourceNote } from '@/components/analytics/SourceNote'
import { BarChart } from '@/components/charts/BarChart'
import { Figures } from '@/components/Figures'
import { QueryState } from '@/components/QueryState'
import { sumBy } from '@/lib/analytics/sum'
import { formatDay, formatUsd } from '@/lib/format'
import { useUsageOverTime } from '../../api/get-usage-over-time'
import { configOption, intervalOf } from './definitions'
import { pivotPoints } from './pivot-points'
import { noRequests, type WidgetProps } from './widget-props'

export function SpendOverTimeWidget({ filters, config }: WidgetProps) {
  const interval = intervalOf(config)
  const splitBy = configOption(config, 'splitBy', ['provider', 'model'] as const)
  const query = useUsageOverTime('spend-over-time', filters, { interval, splitBy })

  return (
    <QueryState query={query} what="spend" isEmpty={noRequests} empty="No spend in this range.">
      {({ points, sourceNote }) => {
        const { rows, series } = pivotPoints(points, (p) => p.spendUsd, 'spend')
        return (
          <>
            <Figures figures={[{ label: 'Total spend', value: formatUsd(sumBy(points, (p) => p.spendUsd)) }]} />
            <BarChart
              label={`Spend by ${interval}${splitBy ? ` and ${splitBy}` : ''}`}
              data={rows}
              categoryKey="period"
              series={series}
              formatValue={formatUsd}
              formatCategory={formatDay}
            />
            <SourceNote note={sourceNote} filters={filters} />
          </>
        )
      }}
    </QueryState>
  )
}
