import type { ChartSeries } from './BarChart'

type ChartTableProps = {
  caption: string
  data: Record<string, string | number | null>[]
  categoryKey: string
  series: ChartSeries[]
  formatValue: (value: number) => string
  formatCategory?: (value: string) => string
}

/** A chart's values as a table that only screen readers see, since the chart shows them in mouse tooltips. */
export function ChartTable({ caption, data, categoryKey, series, formatValue, formatCategory }: ChartTableProps) {
  return (
    <div className="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((row, index) => {
            const category = String(row[categoryKey])
            return (
              <tr key={`${category}-${index}`}>
                <th scope="row">{formatCategory ? formatCategory(category) : category}</th>
                {series.map((s) => (
                  <td key={s.key}>{row[s.key] === null || row[s.key] === undefined ? '—' : formatValue(Number(row[s.key]))}</td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
