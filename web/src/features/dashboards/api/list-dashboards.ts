import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type Dashboard = components['schemas']['DashboardDto']
export type Widget = components['schemas']['WidgetDto']

export const dashboardsQueryKey = ['dashboards'] as const

export const listDashboards = () => api.get<Dashboard[]>('/v1/dashboards')

export function useDashboards() {
  return useQuery({ queryKey: dashboardsQueryKey, queryFn: listDashboards })
}
