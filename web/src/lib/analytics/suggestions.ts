import { useQuery } from '@tanstack/react-query'
import type { components } from '@/lib/api/schema'
import type { AnalyticsFilters } from './filters'
import { analyticsQuery } from './query'

type UsageExplorer = components['schemas']['UsageExplorer']

/** The providers, models, teams or endpoint tags seen in the range, whatever the other filters say; a defined team is labelled by its name. */
export function useFilterSuggestions(filters: AnalyticsFilters, groupBy: 'provider' | 'model' | 'team' | 'endpointTag') {
  const { range, from, to, dataMode } = filters
  return useQuery({
    ...analyticsQuery<UsageExplorer>('/v1/usage/explorer', { range, from, to, dataMode }, { groupBy }),
    staleTime: 60_000,
    select: (data) => data.rows.filter((row) => row.key).map(({ key, label }) => ({ value: key, label })),
  }).data
}
