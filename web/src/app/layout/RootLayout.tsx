import type { MouseEvent } from 'react'
import { Outlet } from 'react-router'
import { mainContentId, usePageHeading } from './use-page-heading'

function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault()
  document.getElementById(mainContentId)?.focus()
}

/** Wraps every page: the skip link comes first, and each page's h1 names the document and takes focus on navigation. */
export function RootLayout() {
  usePageHeading()
  return (
    <>
      <a href={`#${mainContentId}`} className="skip-link" onClick={skipToContent}>
        Skip to content
      </a>
      <Outlet />
    </>
  )
}
