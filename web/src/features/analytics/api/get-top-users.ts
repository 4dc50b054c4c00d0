import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'

export type TopUsers = components['schemas']['TopUsers']
export type UserUsage = components['schemas']['UserUsage']

export const useTopUsers = (filters: AnalyticsFilters) =>
  useQuery(analyticsQuery<TopUsers>('/v1/dashboard/top-users', filters))
