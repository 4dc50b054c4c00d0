import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'
import type { WithSourceNote } from '@/lib/analytics/source-note'

export type TokenUsageReport = components['schemas']['TokenUsageReport'] & WithSourceNote
export type TokenRow = components['schemas']['TokenRow']

export const useTokenUsage = (filters: AnalyticsFilters) =>
  useQuery(analyticsQuery<TokenUsageReport>('/v1/usage/tokens', filters))
