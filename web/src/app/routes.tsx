import { lazy } from 'react'
import { Navigate, type RouteObject } from 'react-router'
import { NotBuiltYet } from '@/components/NotBuiltYet'
import { AlertsPage } from '@/features/alerts/routes/AlertsPage'
import { AnomaliesPage } from '@/features/anomalies/routes/AnomaliesPage'
import { ApiKeysPage } from '@/features/api-keys/routes/ApiKeysPage'
import { RequireAuth } from '@/features/auth/components/RequireAuth'
import { AcceptInvitationPage } from '@/features/auth/routes/AcceptInvitationPage'
import { ForgotPasswordPage } from '@/features/auth/routes/ForgotPasswordPage'
import { LoginPage } from '@/features/auth/routes/LoginPage'
import { ResetPasswordPage } from '@/features/auth/routes/ResetPasswordPage'
import { SignupPage } from '@/features/auth/routes/SignupPage'
import { BudgetNotices } from '@/features/budgets/components/BudgetNotices'
import { BudgetsPage } from '@/features/budgets/routes/BudgetsPage'
import { DemoDataBanner } from '@/features/ingest/components/DemoDataBanner'
import { DataHygienePage } from '@/features/ingest/routes/DataHygienePage'
import { MembersPage } from '@/features/members/routes/MembersPage'
import { NotificationsPage } from '@/features/notifications/routes/NotificationsPage'
import { OrganizationSettingsPage } from '@/features/organization/routes/OrganizationSettingsPage'
import { ProviderFreshness } from '@/features/providers/components/ProviderFreshness'
import { ProvidersPage } from '@/features/providers/routes/ProvidersPage'
import { RecommendationsPage } from '@/features/recommendations/routes/RecommendationsPage'
import { ReportsPage } from '@/features/reports/routes/ReportsPage'
import { RequestsPage } from '@/features/requests/routes/RequestsPage'
import { TeamsPage } from '@/features/teams/routes/TeamsPage'
import { lazyPage } from '@/lib/lazy-page'
import { GettingStarted } from './first-run/GettingStarted'
import { OverviewActions } from './first-run/OverviewActions'
import { AppShell } from './layout/AppShell'
import { PublicLayout } from './layout/PublicLayout'
import { RootLayout } from './layout/RootLayout'
import {
  alertsInboxPath,
  alertSubjectLinks,
  budgetsPath,
  mainNav,
  onboardingStepLinks,
  organizationSettingsPath,
  requestsPath,
  settingsNav,
  usagePath,
  widgetLinks,
} from './navigation'

// The chart and grid libraries are most of the bundle; the sign-in pages do without them.
export const OverviewPage = lazyPage(() => import('@/features/dashboards/routes/OverviewPage').then((m) => m.OverviewPage))
const UsagePage = lazy(() => import('@/features/analytics/routes/UsagePage').then((m) => ({ default: m.UsagePage })))
const TokensPage = lazy(() => import('@/features/analytics/routes/TokensPage').then((m) => ({ default: m.TokensPage })))
const PromptVersionsPage = lazy(() =>
  import('@/features/analytics/routes/PromptVersionsPage').then((m) => ({ default: m.PromptVersionsPage })),
)
const ReconciliationPage = lazy(() =>
  import('@/features/analytics/routes/ReconciliationPage').then((m) => ({ default: m.ReconciliationPage })),
)
const BoardPackPage = lazy(() => import('@/features/reports/routes/BoardPackPage').then((m) => ({ default: m.BoardPackPage })))
const HistoryPage = lazy(() => import('@/features/history/routes/HistoryPage').then((m) => ({ default: m.HistoryPage })))
const TeamPage = lazy(() => import('@/features/teams/routes/TeamPage').then((m) => ({ default: m.TeamPage })))
const UsersPage = lazy(() => import('@/features/analytics/routes/UsersPage').then((m) => ({ default: m.UsersPage })))

export const signedInRouteId = 'signed-in'

const notBuiltYet: RouteObject[] = [...mainNav, ...settingsNav]
  .filter((item) => item.purpose)
  .map((item) => ({ path: item.path, element: <NotBuiltYet title={item.label} purpose={item.purpose!} /> }))

const overview = (
  <OverviewPage
    actions={<OverviewActions />}
    notices={<DemoDataBanner />}
    dataStatus={<ProviderFreshness providersLink={onboardingStepLinks.connect_provider} />}
    gettingStarted={<GettingStarted />}
    widgetLinks={widgetLinks}
  />
)

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: '/login', element: <LoginPage /> },
          { path: '/signup', element: <SignupPage /> },
          { path: '/accept-invitation', element: <AcceptInvitationPage /> },
          { path: '/forgot-password', element: <ForgotPasswordPage /> },
          { path: '/reset-password', element: <ResetPasswordPage /> },
        ],
      },
      {
        id: signedInRouteId,
        element: <RequireAuth />,
        children: [
          {
            element: <AppShell />,
            children: [
              { index: true, element: overview },
              {
                path: usagePath,
                element: <UsagePage requestsPath={requestsPath} notices={<BudgetNotices budgetsPath={budgetsPath} />} />,
              },
              { path: '/usage/users', element: <UsersPage requestsPath={requestsPath} /> },
              { path: '/usage/tokens', element: <TokensPage /> },
              { path: '/usage/prompt-versions', element: <PromptVersionsPage /> },
              { path: '/usage/reconciliation', element: <ReconciliationPage /> },
              { path: requestsPath, element: <RequestsPage /> },
              { path: budgetsPath, element: <BudgetsPage usagePath={usagePath} /> },
              { path: '/history', element: <HistoryPage requestsPath={requestsPath} /> },
              { path: alertsInboxPath, element: <AlertsPage subjectLinks={alertSubjectLinks} /> },
              {
                path: '/anomalies',
                element: (
                  <AnomaliesPage
                    recommendationLink={alertSubjectLinks.recommendation}
                    investigatePaths={{ usage: usagePath, requests: requestsPath }}
                  />
                ),
              },
              { path: '/recommendations', element: <RecommendationsPage /> },
              { path: organizationSettingsPath, element: <OrganizationSettingsPage /> },
              { path: '/reports', element: <ReportsPage /> },
              { path: '/reports/weekly/:week', element: <ReportsPage /> },
              { path: '/reports/board-pack', element: <BoardPackPage /> },
              { path: '/settings/providers', element: <ProvidersPage /> },
              { path: '/settings/api-keys', element: <ApiKeysPage /> },
              { path: '/settings/members', element: <MembersPage /> },
              { path: '/settings/teams', element: <TeamsPage /> },
              { path: '/teams/:id', element: <TeamPage /> },
              { path: '/settings/notifications', element: <NotificationsPage /> },
              { path: '/settings/data-hygiene', element: <DataHygienePage /> },
              ...notBuiltYet,
            ],
          },
        ],
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]
