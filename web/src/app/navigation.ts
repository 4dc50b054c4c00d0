import type { AlertSubjectLinks } from '@/features/alerts/components/subject-links'
import { Permission } from '@/lib/session/permissions'

export type NavItem = {
  label: string
  path: string
  /** What the page will do; pages with a purpose are not built yet. */
  purpose?: string
  /** The page reads the shared analytics filters, so links to it carry them. */
  filtered?: boolean
  /** Shown only to those with this permission; the API is the real gate. */
  permission?: Permission
}

export const mainNav: NavItem[] = [
  { label: 'Overview', path: '/', filtered: true },
  { label: 'Usage', path: '/usage', filtered: true },
  { label: 'Users', path: '/usage/users', filtered: true },
  { label: 'Requests', path: '/requests', filtered: true },
  { label: 'Budgets', path: '/budgets' },
  { label: 'Alerts', path: '/alerts' },
  { label: 'Anomalies', path: '/anomalies' },
  { label: 'Recommendations', path: '/recommendations' },
  { label: 'Reports', path: '/reports' },
  { label: 'History', path: '/history', filtered: true, permission: Permission.activityRead },
]

export const organizationSettingsPath = '/settings/organization'

export const settingsNav: NavItem[] = [
  { label: 'Organization', path: organizationSettingsPath },
  { label: 'Providers', path: '/settings/providers' },
  { label: 'API keys', path: '/settings/api-keys' },
  { label: 'Members', path: '/settings/members' },
  { label: 'Notifications', path: '/settings/notifications' },
  { label: 'Teams', path: '/settings/teams' },
  { label: 'Data hygiene', path: '/settings/data-hygiene' },
]

export const onboardingStepLinks: Record<string, string> = {
  connect_provider: '/settings/providers',
  create_api_key: '/settings/api-keys',
  set_budget: '/budgets',
  invite_member: '/settings/members',
}

/** Overview, every Usage view and the request log share the filters in the URL. */
export const isFilteredPage = (pathname: string) =>
  pathname === '/' ||
  pathname === '/usage' ||
  pathname.startsWith('/usage/') ||
  pathname === '/requests' ||
  pathname === '/history' ||
  pathname.startsWith('/teams/')

export const alertsInboxPath = '/alerts'
export const usagePath = '/usage'
export const requestsPath = '/requests'
export const budgetsPath = '/budgets'

/** The page behind each overview widget that sums up a list. */
export const widgetLinks: Record<string, string> = {
  budget_gauge: '/budgets',
  top_recommendations: '/recommendations',
  anomaly_feed: '/anomalies',
}

const isBuilt = (path: string) => [...mainNav, ...settingsNav].some((item) => item.path === path && !item.purpose)
const pageIfBuilt = (path: string) => (isBuilt(path) ? () => path : undefined)

/** Where an alert's budget, anomaly, recommendation or provider connection is shown, once that page exists. */
export const alertSubjectLinks: AlertSubjectLinks = {
  budget: pageIfBuilt('/budgets'),
  anomaly: pageIfBuilt('/anomalies'),
  recommendation: pageIfBuilt('/recommendations'),
  provider: pageIfBuilt('/settings/providers'),
}
