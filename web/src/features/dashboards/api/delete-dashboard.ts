import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { dashboardsQueryKey, type Dashboard } from './list-dashboards'

export const deleteDashboard = (id: string) => api.delete<void>(`/v1/dashboards/${id}`)

export function useDeleteDashboard() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteDashboard,
    onSuccess: (_, id) =>
      queryClient.setQueryData(dashboardsQueryKey, (list: Dashboard[] | undefined) => list?.filter((d) => d.id !== id)),
  })
}
