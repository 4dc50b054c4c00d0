import { oneOf } from '@/lib/analytics/filters'
import { useSearchParamsState, withParam } from '@/lib/search-params'
import { billedGroupings, groupings, orders, sorts, type ExplorerOptions } from '../api/get-usage-explorer'

const defaults: ExplorerOptions = { groupBy: 'provider', sort: 'cost', order: 'desc' }

/** billed: provider reports group by provider and model only. */
export function parseExplorerOptions(params: URLSearchParams, billed = false): ExplorerOptions {
  const allowed = billed ? billedGroupings : groupings
  const groupBy = oneOf(allowed, params.get('groupBy')) ?? defaults.groupBy
  const thenBy = oneOf(allowed, params.get('thenBy'))
  return {
    groupBy,
    ...(thenBy && thenBy !== groupBy ? { thenBy } : {}),
    sort: oneOf(sorts, params.get('sort')) ?? defaults.sort,
    order: oneOf(orders, params.get('order')) ?? defaults.order,
  }
}

/** Group-by, then-by and sort live in the URL beside the filters. */
export function useExplorerOptions(billed = false) {
  const [searchParams, setSearchParams] = useSearchParamsState()
  const options = parseExplorerOptions(searchParams, billed)
  const setOption = (name: keyof ExplorerOptions, value: string) =>
    setSearchParams((params) => withParam(params, name, value, defaults[name]))
  return { options, setOption }
}
