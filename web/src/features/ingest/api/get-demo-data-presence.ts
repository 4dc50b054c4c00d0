import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api'
import type { components } from '@/lib/api/schema'
import { telemetryQueryKey } from '@/lib/telemetry'

type RequestPage = components['schemas']['RequestPage']

/** Whether the organization holds any demo calls: the request log's newest demo call, if there is one. */
export const useHasDemoData = () =>
  useQuery({
    queryKey: [...telemetryQueryKey, 'demo-data-present'],
    queryFn: ({ signal }) => api.get<RequestPage>('/v1/requests?dataMode=demo&limit=1', { signal }),
    select: (page) => page.items.length > 0,
  })
