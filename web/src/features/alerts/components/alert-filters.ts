import { useCallback, useMemo } from 'react'
import { isAlertType } from '@/lib/alert-types'
import { useSearchParamsState, withParam } from '@/lib/search-params'
import type { AlertFilters } from '../api/list-alerts'

export const showOptions = [
  { value: 'all', label: 'All alerts' },
  { value: 'unread', label: 'Unread only' },
] as const

export function parseAlertFilters(params: URLSearchParams): AlertFilters {
  const type = params.get('type')
  return { unreadOnly: params.get('show') === 'unread', ...(isAlertType(type) ? { type } : {}) }
}

/** The inbox's filters, kept in the URL: ?show=unread&type=anomaly. */
export function useAlertFilters() {
  const [searchParams, setSearchParams] = useSearchParamsState()
  const key = searchParams.toString()
  const filters = useMemo(() => parseAlertFilters(new URLSearchParams(key)), [key])
  const setShow = useCallback(
    (show: string) => setSearchParams((params) => withParam(params, 'show', show, 'all')),
    [setSearchParams],
  )
  const setType = useCallback(
    (type: string) => setSearchParams((params) => withParam(params, 'type', type, 'all')),
    [setSearchParams],
  )
  return { filters, setShow, setType }
}
