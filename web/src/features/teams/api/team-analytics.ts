import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { analyticsQuery } from '@/lib/analytics/query'
import type { components } from '@/lib/api/schema'

export type UsageOverTime = components['schemas']['UsageOverTime']
export type UsageExplorer = components['schemas']['UsageExplorer']
export type Budget = components['schemas']['BudgetDto']

/** The team's spend per day in the range. */
export const useTeamSpend = (filters: AnalyticsFilters) =>
  useQuery(analyticsQuery<UsageOverTime>('/v1/dashboard/spend-over-time', filters, { interval: 'day' }))

/** The team's top five of a dimension by spend. */
export const useTeamTop = (filters: AnalyticsFilters, groupBy: 'model' | 'endpointTag' | 'user') =>
  useQuery(analyticsQuery<UsageExplorer>('/v1/usage/explorer', filters, { groupBy, limit: '5' }))

export const useBudgets = () => useQuery({ queryKey: ['budgets'], queryFn: () => api.get<Budget[]>('/v1/budgets') })
