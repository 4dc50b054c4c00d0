/** Sets or, when empty or the default, removes one search param; for setSearchParams updaters. */
export function withParam(params: URLSearchParams, name: string, value: string | null | undefined, fallback?: string) {
  const trimmed = value?.trim()
  if (!trimmed || trimmed === fallback) params.delete(name)
  else params.set(name, trimmed)
  return params
}
