import { Link, Outlet } from 'react-router'

export function PublicLayout() {
  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          AIntops
        </Link>
      </header>
      <main className="content">
        <Outlet />
      </main>
    </>
  )
}
