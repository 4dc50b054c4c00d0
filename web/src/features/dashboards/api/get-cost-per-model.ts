import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'
import type { WithSourceNote } from '@/lib/analytics/source-note'

export type CostPerModel = components['schemas']['CostPerModel'] & WithSourceNote

export const useCostPerModel = (filters: AnalyticsFilters) =>
  useQuery(analyticsQuery<CostPerModel>('/v1/dashboard/cost-per-model', filters))
