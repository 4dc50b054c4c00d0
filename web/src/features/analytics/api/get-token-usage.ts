import { useQuery } from '@tanstack/react-query'
import { analyticsQuery } from '@/lib/analytics/query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { components } from '@/lib/api/schema'

export type TokenUsageReport = components['schemas']['TokenUsageReport']
export type TokenRow = components['schemas']['TokenRow']

export const useTokenUsage = (filters: AnalyticsFilters, enabled = true) =>
  useQuery({ ...analyticsQuery<TokenUsageReport>('/v1/usage/tokens', filters), enabled })
