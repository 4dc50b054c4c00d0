import { Suspense } from 'react'
import { Outlet } from 'react-router'
import { AlertsBell } from '@/features/alerts/components/AlertsBell'
import { OrganizationSwitcher } from '@/features/auth/components/OrganizationSwitcher'
import { UserMenu } from '@/features/auth/components/UserMenu'
import { PlanLimitBanner } from '@/features/organization/components/PlanLimitBanner'
import { alertsInboxPath, organizationSettingsPath } from '../navigation'
import { Sidebar } from './Sidebar'
import { mainContentId } from './use-page-heading'

export function AppShell() {
  return (
    <div className="shell">
      <Sidebar />
      <div className="shell-main">
        <header className="shell-header">
          <OrganizationSwitcher />
          <div className="header-actions">
            <AlertsBell to={alertsInboxPath} />
            <UserMenu />
          </div>
        </header>
        <PlanLimitBanner planLink={organizationSettingsPath} />
        <main id={mainContentId} tabIndex={-1} className="shell-content">
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  )
}
