import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'

export type CostPerModel = components['schemas']['CostPerModel']

export const useCostPerModel = (filters: AnalyticsFilters) =>
  useQuery(analyticsQuery<CostPerModel>('/v1/dashboard/cost-per-model', filters))
