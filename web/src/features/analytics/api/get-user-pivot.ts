import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'

export type UserPivot = components['schemas']['UserPivot']
export const pivotDimensions = ['model', 'provider', 'team'] as const
export type PivotDimension = (typeof pivotDimensions)[number]

export const useUserPivot = (filters: AnalyticsFilters, by: PivotDimension) =>
  useQuery(analyticsQuery<UserPivot>('/v1/dashboard/user-pivot', filters, { by }))
