import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

export const appName = 'AIntops'
export const mainContentId = 'main-content'

const headingOf = () => document.querySelector<HTMLHeadingElement>(`#${mainContentId} h1`)

/**
 * Names the document after the page's h1, and after a client-side navigation moves focus to that h1 so screen
 * readers announce the new page. The h1 may appear late (lazy pages, loading states), so the main content is watched.
 */
export function usePageHeading() {
  const { pathname } = useLocation()
  const shownPath = useRef<string | null>(null)

  useEffect(() => {
    let focusPending = shownPath.current !== null && shownPath.current !== pathname
    shownPath.current = pathname
    const sync = () => {
      const heading = headingOf()
      if (!heading) return
      document.title = `${heading.textContent} · ${appName}`
      if (focusPending) {
        focusPending = false
        heading.tabIndex = -1
        heading.focus()
      }
    }
    sync()
    const observer = new MutationObserver(sync)
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [pathname])
}
