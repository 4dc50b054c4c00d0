import { api } from '@/lib/api'
import { telemetryQueryKey } from '@/lib/telemetry'
import { toApiQuery, type AnalyticsFilters } from './filters'

type Extra = Record<string, string | undefined>

/** Query options for one analytics endpoint; under the telemetry key, so new data refreshes it. */
export function analyticsQuery<T>(path: string, filters: AnalyticsFilters, extra: Extra = {}) {
  return {
    queryKey: [...telemetryQueryKey, 'analytics', path, filters, extra] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) => api.get<T>(`${path}?${toApiQuery(filters, extra)}`, { signal }),
  }
}
