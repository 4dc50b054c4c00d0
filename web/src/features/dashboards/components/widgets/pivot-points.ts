import type { ChartSeries } from '@/components/charts/BarChart'
import type { UsagePoint } from '../../api/get-usage-over-time'

/**
 * One chart row per period with a column per series. Series get index keys because chart data keys
 * read dots as paths, and model names have dots.
 */
export function pivotPoints(points: UsagePoint[], value: (point: UsagePoint) => number, stack: string) {
  const names = [...new Set(points.map((p) => p.series ?? 'Total'))]
  const rows = new Map<string, Record<string, string | number>>()
  for (const point of points) {
    const row = rows.get(point.period) ?? { period: point.period }
    const key = `s${names.indexOf(point.series ?? 'Total')}`
    row[key] = (Number(row[key]) || 0) + value(point)
    rows.set(point.period, row)
  }
  const series: ChartSeries[] = names.map((label, index) => ({ key: `s${index}`, label, stack }))
  return { rows: [...rows.values()], series }
}
