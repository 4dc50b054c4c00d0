import { useRef } from 'react'
import { useLocation } from 'react-router'
import { filterNames } from './filters'

/** The shared filters of a search string, as a search string: what a link to another filtered page carries. */
export function sharedFilterSearch(search: string) {
  const params = new URLSearchParams(search)
  const shared = new URLSearchParams()
  for (const name of filterNames) {
    const value = params.get(name)
    if (value) shared.set(name, value)
  }
  const query = shared.toString()
  return query ? `?${query}` : ''
}

/**
 * The filters links to filtered pages carry: those of the current page when it is one, else those of
 * the last filtered page seen, so a detour through Budgets or Settings does not lose them.
 */
export function useCarriedFilters(isFilteredPage: (pathname: string) => boolean) {
  const { pathname, search } = useLocation()
  const last = useRef('')
  if (isFilteredPage(pathname)) last.current = sharedFilterSearch(search)
  return last.current
}
