import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type Dashboard = components['schemas']['DashboardDto']
export type Widget = components['schemas']['WidgetDto']

export const dashboardsQueryKey = ['dashboards'] as const

export const listDashboards = () => api.get<Dashboard[]>('/v1/dashboards')

/** This app's own edits update the list in the cache, so a list read in the last minute is not read again. */
export const dashboardsQuery = queryOptions({ queryKey: dashboardsQueryKey, queryFn: listDashboards, staleTime: 60_000 })

export function useDashboards() {
  return useQuery(dashboardsQuery)
}
