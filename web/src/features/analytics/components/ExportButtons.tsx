import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { formatDayWithYear } from '@/lib/format'
import { useExportUsage, type ExportFormat } from '../api/export-usage'

const formats: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'Export CSV' },
  { format: 'json', label: 'Export JSON' },
]

/** Downloads the calls behind the figures, under the same filters. */
export function ExportButtons({ filters }: { filters: AnalyticsFilters }) {
  const exported = useExportUsage(filters)
  const truncatedBefore = exported.data?.truncatedBefore
  return (
    <div>
      <div className="button-row" role="group" aria-label="Export">
        {formats.map(({ format, label }) => (
          <button key={format} type="button" disabled={exported.isPending} onClick={() => exported.mutate(format)}>
            {label}
          </button>
        ))}
      </div>
      {exported.isError && (
        <p role="alert" className="alert">
          Could not export: {exported.error.message}
        </p>
      )}
      {truncatedBefore && (
        <p role="status" className="muted">
          Data before {formatDayWithYear(truncatedBefore)} was removed by retention.
        </p>
      )}
    </div>
  )
}
