import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'

export type PromptVersionComparison = components['schemas']['PromptVersionComparison']
export type PromptVersionStats = components['schemas']['PromptVersionStats']

/** Every prompt version of one endpoint tag; nothing is asked until a tag is chosen. */
export const usePromptVersions = (filters: AnalyticsFilters, endpointTag: string | undefined) =>
  useQuery({
    ...analyticsQuery<PromptVersionComparison>('/v1/usage/prompt-versions', filters, { endpointTag }),
    enabled: Boolean(endpointTag),
  })
