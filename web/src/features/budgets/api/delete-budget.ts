import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { budgetsQueryKey } from './list-budgets'

export const deleteBudget = (id: string) => api.delete<void>(`/v1/budgets/${id}`)

export function useDeleteBudget() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteBudget,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetsQueryKey }),
  })
}
