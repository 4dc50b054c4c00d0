import { useMutation } from '@tanstack/react-query'
import { toApiQuery, type AnalyticsFilters } from '@/lib/analytics/filters'
import { download } from '@/lib/api'
import { attachmentName, saveFile } from '@/lib/save-file'

export type ExportFormat = 'csv' | 'json'

/** When retention removed the start of the range: the first instant still kept. */
export type UsageExport = { truncatedBefore: string | null }

export async function exportUsage(filters: AnalyticsFilters, format: ExportFormat): Promise<UsageExport> {
  const { blob, headers } = await download(`/v1/exports/usage.${format}?${toApiQuery(filters)}`)
  saveFile(blob, attachmentName(headers, `usage.${format}`))
  const truncated = headers.get('X-Retention-Truncated') === 'true'
  return { truncatedBefore: truncated ? headers.get('X-Retention-Available-From-Utc') : null }
}

export const useExportUsage = (filters: AnalyticsFilters) =>
  useMutation({ mutationFn: (format: ExportFormat) => exportUsage(filters, format) })
