import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { dashboardsQueryKey, type Dashboard } from './list-dashboards'
import { withSaved, type DashboardBody } from './save-dashboard'

export const updateDashboard = (id: string, body: DashboardBody) => api.put<Dashboard>(`/v1/dashboards/${id}`, body)

export function useUpdateDashboard(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: DashboardBody) => updateDashboard(id, body),
    onSuccess: (saved) => queryClient.setQueryData(dashboardsQueryKey, withSaved(saved)),
  })
}
