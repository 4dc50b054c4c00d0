import { useCallback, useEffect } from 'react'
import { useLocation, useSearchParams } from 'react-router'

/** Sets or, when empty or the default, removes one search param; for setSearchParams updaters. */
export function withParam(params: URLSearchParams, name: string, value: string | null | undefined, fallback?: string) {
  const trimmed = value?.trim()
  if (!trimmed || trimmed === fallback) params.delete(name)
  else params.set(name, trimmed)
  return params
}

// The params of the last change made since the location of `from` was rendered.
let pending: { from: string; params: URLSearchParams } | undefined

/**
 * useSearchParams whose updater builds on the previous change even before the router has
 * rendered it: React Router hands an updater the params of the last render, so two changes
 * in quick succession (a range, then a source) would otherwise keep only the second.
 */
export function useSearchParamsState() {
  const [searchParams, setSearchParams] = useSearchParams()
  const { key } = useLocation()
  useEffect(() => {
    pending = undefined
  }, [key])
  const update = useCallback(
    (change: (params: URLSearchParams) => URLSearchParams) => {
      const base = pending?.from === key ? pending.params : searchParams
      const params = change(new URLSearchParams(base))
      pending = { from: key, params }
      setSearchParams(params)
    },
    [key, searchParams, setSearchParams],
  )
  return [searchParams, update] as const
}
