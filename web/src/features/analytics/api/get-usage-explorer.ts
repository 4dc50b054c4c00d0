import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'

export type UsageExplorer = components['schemas']['UsageExplorer']
export type ExplorerRow = components['schemas']['ExplorerRow']

export const groupings = ['provider', 'model', 'user', 'team', 'endpointTag', 'promptVersion', 'environment', 'apiKey', 'cacheOutcome', 'workflow'] as const
export const sorts = ['cost', 'requests', 'tokens'] as const
export const orders = ['desc', 'asc'] as const

export type Grouping = (typeof groupings)[number]
/** What provider billing reports can be grouped by. */
export const billedGroupings = ['provider', 'model'] as const satisfies readonly Grouping[]
export type ExplorerOptions = {
  groupBy: Grouping
  thenBy?: Grouping
  sort: (typeof sorts)[number]
  order: (typeof orders)[number]
}

export const useUsageExplorer = (filters: AnalyticsFilters, options: ExplorerOptions) =>
  useQuery(analyticsQuery<UsageExplorer>('/v1/usage/explorer', filters, options))
