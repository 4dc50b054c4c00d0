import { useCallback, useMemo } from 'react'
import { oneOf } from '@/lib/analytics/filters'
import { useSearchParamsState, withParam } from '@/lib/search-params'
import type { RecommendationFilters } from '../api/list-recommendations'

export const defaultStatus = 'open'

export const statuses = [
  { value: 'open', label: 'Open' },
  { value: 'dismissed', label: 'Dismissed' },
  { value: 'applied', label: 'Applied' },
] as const

export const types = [
  { value: 'model_downgrade', label: 'Cheaper model' },
  { value: 'prompt_compression', label: 'Shorter prompts' },
  { value: 'caching', label: 'Prompt caching' },
  { value: 'provider_switch', label: 'Provider switch' },
  { value: 'model_substitution', label: 'Cheaper model for a spike' },
] as const

const values = <T extends { value: string }>(options: readonly T[]) => options.map((o) => o.value)

export const typeLabel = (type: string) => types.find((t) => t.value === type)?.label ?? type

export function parseRecommendationFilters(params: URLSearchParams): RecommendationFilters {
  const type = oneOf(values(types), params.get('type'))
  return { status: oneOf(values(statuses), params.get('status')) ?? defaultStatus, ...(type ? { type } : {}) }
}

/** The list's filters, kept in the URL: ?status=dismissed&type=caching. */
export function useRecommendationFilters() {
  const [searchParams, setSearchParams] = useSearchParamsState()
  const key = searchParams.toString()
  const filters = useMemo(() => parseRecommendationFilters(new URLSearchParams(key)), [key])
  const setFilter = useCallback(
    (name: 'status' | 'type', value: string) =>
      setSearchParams((params) => withParam(params, name, value, name === 'status' ? defaultStatus : 'all')),
    [setSearchParams],
  )
  return { filters, setFilter }
}
