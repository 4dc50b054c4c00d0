import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { BudgetSettings } from './create-budget'
import type { Budget } from './list-budgets'

/** What a budget with these settings would measure now: spend to date, state and forecast. Nothing is saved. */
export const previewBudget = (settings: BudgetSettings) => api.post<Budget>('/v1/budgets/preview', settings)

export function usePreviewBudget() {
  return useMutation({ mutationFn: previewBudget })
}
