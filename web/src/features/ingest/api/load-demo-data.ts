import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { telemetryQueryKey } from '@/lib/telemetry'
import { demoBannerDismissal } from '../components/demo-banner-dismissal'

export type DemoDataLoaded = components['schemas']['DemoDataLoaded']

export const loadDemoData = () => api.post<DemoDataLoaded>('/v1/ingest/demo')

export function useLoadDemoData() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: loadDemoData,
    onSuccess: () => {
      demoBannerDismissal.reset()
      return queryClient.invalidateQueries({ queryKey: telemetryQueryKey })
    },
  })
}
