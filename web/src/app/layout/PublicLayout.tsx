import { Link, Outlet } from 'react-router'
import { mainContentId } from './use-page-heading'

export function PublicLayout() {
  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          AIntops
        </Link>
      </header>
      <main id={mainContentId} tabIndex={-1} className="content">
        <Outlet />
      </main>
    </>
  )
}
