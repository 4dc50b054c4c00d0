import { useCallback, useMemo } from 'react'
import { dataModes, environments, oneOf, parseFilters, rangeInstants } from '@/lib/analytics/filters'
import { useSearchParamsState, withParam } from '@/lib/search-params'
import { filterNames, type RequestFilterName, type RequestFilters } from '../api/list-requests'
import { parseUtcInstant } from './utc'

export const statuses = ['success', 'error'] as const
export const defaultDataMode = 'real'
export const textFilters = [
  { name: 'model', label: 'Model' },
  { name: 'endpointTag', label: 'Endpoint tag' },
  { name: 'promptVersion', label: 'Prompt version' },
  { name: 'team', label: 'Team' },
  { name: 'userId', label: 'User' },
  { name: 'provider', label: 'Provider' },
] as const satisfies readonly { name: RequestFilterName; label: string }[]

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const text = (value: string | null) => value?.trim() || undefined

/** The shared analytics range, when the URL has one, as the log's window; the log's own from and to win. */
const rangeWindow = (params: URLSearchParams): { from?: string; to?: string } =>
  params.has('range') ? rangeInstants(parseFilters(params)) : {}

export function parseRequestFilters(params: URLSearchParams): RequestFilters {
  const range = rangeWindow(params)
  const filters: RequestFilters = {
    dataMode: oneOf(dataModes, params.get('dataMode')) ?? defaultDataMode,
    apiKeyId: uuid.test(params.get('apiKeyId') ?? '') ? params.get('apiKeyId')! : undefined,
    status: oneOf(statuses, params.get('status')),
    environment: oneOf(environments, params.get('environment')),
    from: parseUtcInstant(params.get('from')) ?? range.from,
    to: parseUtcInstant(params.get('to')) ?? range.to,
  }
  for (const { name } of textFilters) filters[name] = text(params.get(name))
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as RequestFilters
}

/** Whether anything beyond the data mode narrows the log. */
export const narrowsTheLog = (filters: RequestFilters) =>
  filterNames.some((name) => name !== 'dataMode' && filters[name] !== undefined)

/** The request log's filters, kept in the URL beside the open request, and ways to change them. */
export function useRequestFilters() {
  const [searchParams, setSearchParams] = useSearchParamsState()
  const key = searchParams.toString()
  const filters = useMemo(() => parseRequestFilters(new URLSearchParams(key)), [key])
  const setFilter = useCallback(
    (name: RequestFilterName, value: string | undefined) =>
      setSearchParams((params) => withParam(params, name, value, name === 'dataMode' ? defaultDataMode : undefined)),
    [setSearchParams],
  )
  /** A window may come from the shared range, so removing either end drops the range too. */
  const removeFilter = useCallback(
    (name: RequestFilterName) =>
      setSearchParams((params) => {
        params.delete(name)
        if (name === 'from' || name === 'to') params.delete('range')
        return params
      }),
    [setSearchParams],
  )
  const clearFilters = useCallback(
    () =>
      setSearchParams((params) => {
        for (const name of [...filterNames, 'range']) params.delete(name)
        return params
      }),
    [setSearchParams],
  )
  return { filters, setFilter, removeFilter, clearFilters }
}

/** The request whose drawer is open, by id in the URL so a reload or a shared link reopens it. */
export function useOpenRequest() {
  const [searchParams, setSearchParams] = useSearchParamsState()
  const openId = searchParams.get('request')
  const setOpenId = useCallback(
    (id: string | null) => setSearchParams((params) => withParam(params, 'request', id)),
    [setSearchParams],
  )
  return { openId, setOpenId }
}
