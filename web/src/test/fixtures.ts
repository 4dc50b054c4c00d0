import type { components } from '@/lib/api/schema'
const permissionsByRole = {
  member: ['analytics:read', 'recommendations:read'],
  admin: [
    'analytics:read',
    'recommendations:read',
    'dashboards:edit',
    'providers:manage',
    'budgets:manage',
    'members:manage',
    'activity:read',
    'apikeys:manage',
    'data:manage',
    'notifications:manage',
    'insights:manage',
  ],
  owner: [
    'analytics:read',
    'recommendations:read',
    'dashboards:edit',
    'providers:manage',
    'budgets:manage',
    'members:manage',
    'activity:read',
    'apikeys:manage',
    'data:manage',
    'notifications:manage',
    'insights:manage',
    'owners:manage',
  ],
}

export type Role = keyof typeof permissionsByRole

export const ada = { id: 'u-ada', email: 'ada@example.com', name: 'Ada Lovelace' }
export const engines = { id: 'o-engines', name: 'Analytical Engines' }
export const looms = { id: 'o-looms', name: 'Jacquard Looms' }

export function me(
  role: Role = 'owner',
  organization = engines,
  otherMemberships: { organization: typeof engines; role: Role }[] = [],
) {
  const memberships = [{ organization, role }, ...otherMemberships].map((m) => ({
    organizationId: m.organization.id,
    organizationName: m.organization.name,
    role: m.role,
  }))
  return { user: ada, organization, role, permissions: permissionsByRole[role], memberships }
}

const steps = [
  ['connect_provider', 'Connect a provider'],
  ['create_api_key', 'Create an API key'],
  ['set_budget', 'Set a budget'],
  ['invite_member', 'Invite a member'],
] as const

export function checklist(...completedKeys: string[]) {
  const items = steps.map(([key, title]) => ({
    key,
    title,
    completed: completedKeys.includes(key),
    completedAt: completedKeys.includes(key) ? '2026-11-23T10:00:00Z' : null,
  }))
  return { items, completed: items.every((item) => item.completed) }
}

type WidgetDto = components['schemas']['WidgetDto']

const widget = (id: string, type: WidgetDto['type'], x: number, y: number, width: number): WidgetDto => ({ id, type, x, y, width, height: 4, config: {} })

export const dashboards: components['schemas']['DashboardDto'][] = [
  {
    id: 'd1',
    name: 'Overview',
    isDefault: true,
    widgets: [
      widget('w1', 'spend_over_time', 0, 0, 8),
      widget('w2', 'budget_gauge', 8, 0, 4),
      widget('w3', 'token_consumption', 0, 4, 6),
      widget('w4', 'cost_per_model', 6, 4, 6),
    ],
  },
]

export const member = (userId: string, name: string, role: Role) => ({
  userId,
  name,
  email: `${name.split(' ')[0].toLowerCase()}@example.com`,
  role,
  joinedAt: '2026-11-20T09:00:00Z',
})

/** A provider connection as GET /v1/providers lists it; synced and ok unless overridden. */
export const providerConnection = (overrides: Record<string, unknown> = {}) => ({
  id: 'p1',
  provider: 'openai',
  name: 'OpenAI',
  baseUrl: 'https://api.openai.com/v1',
  maskedKey: '••••7890',
  status: 'ok',
  lastSyncStartedAt: '2026-12-01T10:00:00Z',
  lastSyncFinishedAt: '2026-12-01T10:01:00Z',
  lastSuccessAt: '2026-12-01T10:01:00Z',
  lastError: null,
  dataFrom: '2026-11-02T00:00:00Z',
  dataTo: '2026-12-01T10:00:00Z',
  backfilling: false,
  backfillDaysDone: 30,
  backfillDaysTotal: 30,
  createdAt: '2026-12-01T10:00:00Z',
  ...overrides,
})

export const mockProviders = [
  { provider: 'openai', baseUrl: 'http://127.0.0.1:8001/v1', adminKey: 'sk-admin-MOCK-VALID-KEY-1234567890' },
  { provider: 'anthropic', baseUrl: 'http://127.0.0.1:8001', adminKey: 'sk-ant-admin01-MOCK-VALID-KEY-1234567890' },
]

/** This month's usage of an organization on a plan without a limit. */
export const unlimitedUsage = {
  plan: 'enterprise',
  requestsUsed: 0,
  monthlyRequestLimit: null,
  percentUsed: null,
  limitReached: false,
  resetsAt: '2027-01-01T00:00:00Z',
}
