import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'

export type UserTimelines = components['schemas']['UserTimelines']

export const useUserTimelines = (filters: AnalyticsFilters) =>
  useQuery(analyticsQuery<UserTimelines>('/v1/dashboard/user-timelines', filters))
