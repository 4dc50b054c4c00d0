import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type Plans = components['schemas']['PlansResponse']
export type Plan = components['schemas']['PlanDto']

export const listPlans = () => api.get<Plans>('/v1/plans')

export function usePlans() {
  return useQuery({ queryKey: ['plans'], queryFn: listPlans, staleTime: Infinity })
}
