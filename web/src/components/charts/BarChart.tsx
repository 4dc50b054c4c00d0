import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { ChartTable } from './ChartTable'
import { seriesColor } from './colors'
import { chartMax, distinctTicks } from './ticks'

export type ChartSeries = {
  key: string
  label: string
  /** Series with the same stack id are stacked. */
  stack?: string
  line?: boolean
}

type BarChartProps = {
  data: Record<string, string | number | null>[]
  categoryKey: string
  series: ChartSeries[]
  formatValue: (value: number) => string
  formatCategory?: (value: string) => string
  /** The chart's accessible name, and the caption of the table of its values for screen readers. */
  label: string
}

/** Recharts' own keyboard layer is off: it adds an unnamed tab stop, and the table below carries the values. */
export function BarChart(props: BarChartProps) {
  const { data, categoryKey, series, formatValue, formatCategory, label } = props
  const ticks = distinctTicks(chartMax(data, series), formatValue)
  return (
    <>
      <div className="chart" role="img" aria-label={label}>
        <ResponsiveContainer width="100%" height="100%" minHeight={120}>
          <ComposedChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey={categoryKey} tickFormatter={formatCategory} fontSize={11} />
            <YAxis tickFormatter={formatValue} ticks={ticks} domain={[0, ticks[ticks.length - 1]]} interval={0} fontSize={11} width={64} />
            <Tooltip
              formatter={(value) => formatValue(Number(value))}
              labelFormatter={(value) => (formatCategory ? formatCategory(String(value)) : String(value))}
            />
            {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
            {series.map((s, index) =>
              s.line ? (
                <Line key={s.key} dataKey={s.key} name={s.label} stroke={seriesColor(index)} dot={false} />
              ) : (
                <Bar key={s.key} dataKey={s.key} name={s.label} stackId={s.stack} fill={seriesColor(index)} />
              ),
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartTable caption={label} {...props} />
    </>
  )
}
