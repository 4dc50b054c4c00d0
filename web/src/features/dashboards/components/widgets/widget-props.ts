import type { AnalyticsFilters } from '@/lib/analytics/filters'

export type WidgetProps = { filters: AnalyticsFilters; config: unknown }

export const noRequests = (data: { points: { requests: number }[] }) => data.points.every((p) => p.requests === 0)
