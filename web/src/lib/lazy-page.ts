import { lazy, type ComponentType } from 'react'

/**
 * A page whose code loads on its first render, as with React.lazy, or ahead of it with preload(). A page that
 * suspends keeps its loading fallback up for at least 300 ms (React holds back the reveal), so once loaded the
 * page renders at once: the thenable below answers synchronously, which React.lazy accepts.
 */
export function lazyPage<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loaded: ComponentType<Props> | undefined
  const preload = () => load().then((page) => (loaded = page))
  const LazyPage = lazy(() => {
    if (!loaded) return preload().then((page) => ({ default: page }))
    const module = { default: loaded }
    return { then: (resolve: (value: typeof module) => void) => resolve(module) } as Promise<typeof module>
  })
  return Object.assign(LazyPage, { preload })
}
