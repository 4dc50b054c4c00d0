import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'

export type Overview = components['schemas']['Overview']

export const useOverview = (filters: AnalyticsFilters) =>
  useQuery(analyticsQuery<Overview>('/v1/dashboard/overview', filters))
