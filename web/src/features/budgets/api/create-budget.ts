import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { budgetsQueryKey, type Budget } from './list-budgets'

export type BudgetSettings = components['schemas']['CreateBudgetCommand']

export const createBudget = (settings: BudgetSettings) => api.post<Budget>('/v1/budgets', settings)

export function useCreateBudget() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createBudget,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetsQueryKey }),
  })
}
