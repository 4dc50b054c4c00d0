import { useSearchParamsState } from '@/lib/search-params'
import { useCallback, useMemo } from 'react'
import { parseFilters, writeFilters, type AnalyticsFilters, type FilterName } from './filters'

/** The analytics filters of the current URL, and a way to change some of them. */
export function useAnalyticsFilters() {
  const [searchParams, setSearchParams] = useSearchParamsState()
  const key = searchParams.toString()
  // A new object only when the URL changes, so query keys and effects stay stable.
  const filters = useMemo((): AnalyticsFilters => parseFilters(new URLSearchParams(key)), [key])
  const setFilters = useCallback(
    (change: Partial<Record<FilterName, string | undefined>>) =>
      setSearchParams((params) => writeFilters(params, change)),
    [setSearchParams],
  )
  return { filters, setFilters }
}
