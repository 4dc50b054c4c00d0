import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type Budget = components['schemas']['BudgetDto']
export type RecommendationList = components['schemas']['RecommendationList']
export type AnomalyPage = components['schemas']['AnomalyPage']

/** What the governance widgets show: budgets with their last evaluation, open recommendations, recent anomalies. */
export const useBudgets = () => useQuery({ queryKey: ['budgets'], queryFn: () => api.get<Budget[]>('/v1/budgets') })

export const useOpenRecommendations = () =>
  useQuery({ queryKey: ['recommendations', 'open'], queryFn: () => api.get<RecommendationList>('/v1/recommendations?status=open') })

export const useRecentAnomalies = (limit: number) =>
  useQuery({ queryKey: ['anomalies', limit], queryFn: () => api.get<AnomalyPage>(`/v1/anomalies?limit=${limit}`) })
