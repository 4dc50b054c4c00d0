import { useSearchParamsState, withParam } from '@/lib/search-params'

export type PromptVersionChoice = { endpointTag?: string; versionA?: string; versionB?: string }
type ChoiceName = keyof PromptVersionChoice

const read = (params: URLSearchParams, name: ChoiceName) => params.get(name)?.trim() || undefined

/** The endpoint tag and the two versions compared live in the URL beside the filters. */
export function usePromptVersionChoice() {
  const [searchParams, setSearchParams] = useSearchParamsState()
  const choice: PromptVersionChoice = {
    endpointTag: read(searchParams, 'endpointTag'),
    versionA: read(searchParams, 'versionA'),
    versionB: read(searchParams, 'versionB'),
  }
  const choose = (change: PromptVersionChoice) =>
    setSearchParams((params) => {
      for (const [name, value] of Object.entries(change)) withParam(params, name, value)
      // Versions belong to one tag: a new tag starts from its own first two.
      if ('endpointTag' in change) ['versionA', 'versionB'].forEach((name) => params.delete(name))
      return params
    })
  return { choice, choose }
}

/** The chosen versions, else the first two the API lists; a missing choice falls back too. */
export function comparedVersions(available: string[], { versionA, versionB }: PromptVersionChoice) {
  const a = versionA && available.includes(versionA) ? versionA : available[0]
  const b = versionB && available.includes(versionB) ? versionB : available.find((v) => v !== a)
  return [a, b].filter((v): v is string => v !== undefined)
}
