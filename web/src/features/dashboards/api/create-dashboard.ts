import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { dashboardsQueryKey, type Dashboard } from './list-dashboards'
import { withSaved, type DashboardBody } from './save-dashboard'

export const createDashboard = (body: DashboardBody) => api.post<Dashboard>('/v1/dashboards', body)

export function useCreateDashboard() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createDashboard,
    onSuccess: (saved) => queryClient.setQueryData(dashboardsQueryKey, withSaved(saved)),
  })
}
