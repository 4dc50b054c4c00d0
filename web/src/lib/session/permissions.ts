import { useMe } from './me'

export const Permission = {
  /** Read the organization's activity: sign-ins, settings and security changes, and usage per API key and user. */
  activityRead: 'activity:read',
  analyticsRead: 'analytics:read',
  apiKeysManage: 'apikeys:manage',
  budgetsManage: 'budgets:manage',
  dashboardsEdit: 'dashboards:edit',
  /** Load demo data and clear everyone's demo or test data. */
  dataManage: 'data:manage',
  /** Dismiss and apply recommendations, run anomaly detection and recommendation generation now. */
  insightsManage: 'insights:manage',
  membersManage: 'members:manage',
  notificationsManage: 'notifications:manage',
  ownersManage: 'owners:manage',
  providersManage: 'providers:manage',
} as const

export type Permission = (typeof Permission)[keyof typeof Permission]

/** Whether the signed-in user's role allows this; only for showing controls, the API decides. */
export function useCan(permission: Permission): boolean {
  const { data: me } = useMe()
  return me?.permissions?.includes(permission) ?? false
}
