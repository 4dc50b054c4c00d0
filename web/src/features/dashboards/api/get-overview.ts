import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'

export type Overview = components['schemas']['Overview']

/**
 * The page and its key figures start reading this at different moments, and the first load before either:
 * figures read in the last few seconds are not read again.
 */
export const overviewQuery = (filters: AnalyticsFilters) => ({
  ...analyticsQuery<Overview>('/v1/dashboard/overview', filters),
  staleTime: 10_000,
})

export const useOverview = (filters: AnalyticsFilters) => useQuery(overviewQuery(filters))
