import { BarChart } from '@/components/charts/BarChart'
import { formatCompact, formatUsd } from '@/lib/format'
import type { ExplorerOptions, ExplorerRow } from '../api/get-usage-explorer'
import { rowName } from './ExplorerTable'

const measures = {
  cost: { label: 'Cost', value: (row: ExplorerRow) => row.spendUsd, format: formatUsd },
  requests: { label: 'Requests', value: (row: ExplorerRow) => row.requests, format: formatCompact },
  tokens: { label: 'Tokens', value: (row: ExplorerRow) => row.totalTokens, format: formatCompact },
}

export const chartedGroups = 10

/** The first groups in the table's order, measured by what the table is sorted by. */
export function ExplorerChart({ rows, options }: { rows: ExplorerRow[]; options: ExplorerOptions }) {
  const measure = measures[options.sort]
  const data = rows.slice(0, chartedGroups).map((row) => ({ name: rowName(row), value: measure.value(row) }))
  return (
    <BarChart
      label={`${measure.label} of the top ${data.length} groups`}
      data={data}
      categoryKey="name"
      series={[{ key: 'value', label: measure.label }]}
      formatValue={measure.format}
    />
  )
}
