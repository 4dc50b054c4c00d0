import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'

export type OnboardingChecklist = components['schemas']['OnboardingChecklist']

export const onboardingQueryKey = ['onboarding'] as const

export const getOnboarding = () => api.get<OnboardingChecklist>('/v1/onboarding')

export function useOnboarding() {
  return useQuery({ queryKey: onboardingQueryKey, queryFn: getOnboarding })
}
