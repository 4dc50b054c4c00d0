import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type Budget = components['schemas']['BudgetDto']
export type BudgetThreshold = components['schemas']['BudgetThresholdDto']

/** Shared with the overview's budget widget, so a change here refreshes it too. */
export const budgetsQueryKey = ['budgets'] as const

export const listBudgets = () => api.get<Budget[]>('/v1/budgets')

export function useBudgets() {
  return useQuery({ queryKey: budgetsQueryKey, queryFn: listBudgets })
}
