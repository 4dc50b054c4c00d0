import { useQuery } from '@tanstack/react-query'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { analyticsQuery } from '@/lib/analytics/query'
import type { components } from '@/lib/api/schema'

export type ActorActivity = components['schemas']['ActorActivity']
export type ActorUsage = components['schemas']['ActorUsage']

export const useActorActivity = (filters: AnalyticsFilters) => useQuery(analyticsQuery<ActorActivity>('/v1/analytics/actors', filters))
