import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'

export type CostContribution = components['schemas']['UsageExplorer']

/** The usage explorer by feature (endpoint tag) then model, in cost order. */
export const useCostContribution = (filters: AnalyticsFilters, enabled = true) =>
  useQuery({
    ...analyticsQuery<CostContribution>('/v1/usage/explorer', filters, { groupBy: 'endpointTag', thenBy: 'model' }),
    enabled,
  })
