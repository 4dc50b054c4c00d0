import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'

export type UsageOverTime = components['schemas']['UsageOverTime']
export type UsagePoint = components['schemas']['UsagePoint']
export type Interval = 'day' | 'week'
export type SplitBy = 'provider' | 'model'

/** The three endpoints answer the same points; each widget reads its own figures from them. */
export type UsageOverTimeEndpoint = 'spend-over-time' | 'token-consumption' | 'request-volume'

export type UsageOverTimeOptions = { interval?: Interval; splitBy?: SplitBy }

export const useUsageOverTime = (
  endpoint: UsageOverTimeEndpoint,
  filters: AnalyticsFilters,
  options: UsageOverTimeOptions = {},
) => useQuery(analyticsQuery<UsageOverTime>(`/v1/dashboard/${endpoint}`, filters, options))
