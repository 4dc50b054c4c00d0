import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { budgetsQueryKey, type Budget } from './list-budgets'

export type UpdateBudgetInput = components['schemas']['UpdateBudgetCommand']

export const updateBudget = ({ id, ...settings }: UpdateBudgetInput & { id: string }) =>
  api.put<Budget>(`/v1/budgets/${id}`, settings)

export function useUpdateBudget() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateBudget,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetsQueryKey }),
  })
}
