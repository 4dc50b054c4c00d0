import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { telemetryQueryKey } from '@/lib/telemetry'

/** "mine": what the caller loaded or sent; "workspace": everyone's in the organization (owners and admins). */
export type ClearDataInput = { dataMode: 'demo' | 'test'; scope: 'mine' | 'workspace' }
export type DataCleared = components['schemas']['IngestDataDeleted']

export const clearData = ({ dataMode, scope }: ClearDataInput) =>
  api.delete<DataCleared>(`/v1/ingest/${dataMode}-data?scope=${scope}`)

export function useClearData() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: clearData,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: telemetryQueryKey }),
  })
}
