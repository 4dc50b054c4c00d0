import { Navigate, type RouteObject } from 'react-router'
import { NotBuiltYet } from '@/components/NotBuiltYet'
import { RequireAuth } from '@/features/auth/components/RequireAuth'
import { AcceptInvitationPage } from '@/features/auth/routes/AcceptInvitationPage'
import { LoginPage } from '@/features/auth/routes/LoginPage'
import { SignupPage } from '@/features/auth/routes/SignupPage'
import { OverviewPage } from '@/features/dashboards/routes/OverviewPage'
import { MembersPage } from '@/features/members/routes/MembersPage'
import { AppShell } from './layout/AppShell'
import { PublicLayout } from './layout/PublicLayout'
import { mainNav, settingsNav } from './navigation'

const notBuiltYet: RouteObject[] = [...mainNav, ...settingsNav]
  .filter((item) => item.purpose)
  .map((item) => ({ path: item.path, element: <NotBuiltYet title={item.label} purpose={item.purpose!} /> }))

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/signup', element: <SignupPage /> },
      { path: '/accept-invitation', element: <AcceptInvitationPage /> },
    ],
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <OverviewPage /> },
          { path: '/settings/members', element: <MembersPage /> },
          ...notBuiltYet,
        ],
      },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]
