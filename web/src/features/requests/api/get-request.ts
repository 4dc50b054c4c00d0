import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { telemetryQueryKey } from '@/lib/telemetry'

export type RequestDetail = components['schemas']['RequestDetail']

export const requestQueryKey = (id: string) => [...telemetryQueryKey, 'request', id] as const

export const getRequest = (id: string) => api.get<RequestDetail>(`/v1/requests/${id}`)

export function useRequest(id: string) {
  return useQuery({ queryKey: requestQueryKey(id), queryFn: () => getRequest(id) })
}
