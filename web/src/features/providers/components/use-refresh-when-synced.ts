import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { telemetryQueryKey } from '@/lib/telemetry'
import { isSyncing, type ProviderConnection } from '../api/list-providers'

/** Each backfill step and each finished sync brings billing in: the figures that read it are refreshed. */
export function useRefreshWhenSynced(connections: ProviderConnection[] | undefined) {
  const queryClient = useQueryClient()
  const progress = (connections ?? []).map((c) => `${isSyncing(c)}:${c.backfillDaysDone}`).join('|')
  const previous = useRef(progress)
  useEffect(() => {
    if (progress === previous.current) return
    previous.current = progress
    void queryClient.invalidateQueries({ queryKey: telemetryQueryKey })
  }, [progress, queryClient])
}
