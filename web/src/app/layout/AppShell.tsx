import { Suspense } from 'react'
import { Outlet } from 'react-router'
import { OrganizationSwitcher } from '@/features/auth/components/OrganizationSwitcher'
import { UserMenu } from '@/features/auth/components/UserMenu'
import { Sidebar } from './Sidebar'

export function AppShell() {
  return (
    <div className="shell">
      <Sidebar />
      <div className="shell-main">
        <header className="shell-header">
          <OrganizationSwitcher />
          <UserMenu />
        </header>
        <main className="shell-content">
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  )
}
