import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { parseFilters, writeFilters, type AnalyticsFilters, type FilterName } from './filters'

/**
 * The analytics filters of the current URL, and a way to change some of them. Only views that can show
 * provider-billed figures (billed) read the source filter; the others always show ingested telemetry.
 */
export function useAnalyticsFilters({ billed = false }: { billed?: boolean } = {}) {
  const [searchParams, setSearchParams] = useSearchParams()
  const key = searchParams.toString()
  // A new object only when the URL changes, so query keys and effects stay stable.
  const filters = useMemo((): AnalyticsFilters => {
    const { source, ...rest } = parseFilters(new URLSearchParams(key))
    return billed && source ? { ...rest, source } : rest
  }, [key, billed])
  const setFilters = useCallback(
    (change: Partial<Record<FilterName, string | undefined>>) =>
      setSearchParams((params) => writeFilters(params, change)),
    [setSearchParams],
  )
  return { filters, setFilters }
}
