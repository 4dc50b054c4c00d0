import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'

export type LatencyByModel = components['schemas']['LatencyByModel']

export const useLatency = (filters: AnalyticsFilters, enabled = true) =>
  useQuery({ ...analyticsQuery<LatencyByModel>('/v1/dashboard/latency', filters), enabled })
