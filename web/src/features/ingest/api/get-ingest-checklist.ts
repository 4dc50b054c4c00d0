import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { telemetryQueryKey } from '@/lib/telemetry'

export type IngestChecklist = components['schemas']['IngestChecklist']

export const ingestChecklistQueryKey = [...telemetryQueryKey, 'ingest-checklist'] as const

export const getIngestChecklist = () => api.get<IngestChecklist>('/v1/ingest/checklist')

export function useIngestChecklist() {
  return useQuery({ queryKey: ingestChecklistQueryKey, queryFn: getIngestChecklist })
}
