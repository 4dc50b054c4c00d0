import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import { budgetsQueryKey, type Budget } from './list-budgets'

export const evaluateBudgets = () => api.post<Budget[]>('/v1/budgets/evaluate')

/** Evaluates every budget now instead of waiting for the scheduled job; the answer is the refreshed list. */
export function useEvaluateBudgets() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: evaluateBudgets,
    onSuccess: (budgets) => queryClient.setQueryData(budgetsQueryKey, budgets),
  })
}
