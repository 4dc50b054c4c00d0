/** The activity the API records, grouped as people look for it. */
export const activityGroups = [
  { label: 'Sign-ins and security', types: ['login', 'login_failed', 'lockout', 'signup', 'refresh_token_reuse', 'password_changed', 'password_reset'] },
  { label: 'Members', types: ['invitation_created', 'invitation_accepted', 'role_changed', 'member_removed'] },
  { label: 'API keys', types: ['api_key_created', 'api_key_rotated', 'api_key_revoked'] },
  {
    label: 'Settings',
    types: [
      'organization_created',
      'organization_updated',
      'provider_connected',
      'provider_credentials_replaced',
      'provider_sync_requested',
      'provider_disconnected',
      'notification_channel_created',
      'notification_channel_updated',
      'notification_channel_deleted',
      'budget_created',
      'budget_updated',
      'budget_deleted',
      'price_override_set',
      'price_override_deleted',
      'costs_recalculated',
      'dashboard_created',
      'dashboard_updated',
      'dashboard_deleted',
    ],
  },
  { label: 'Data', types: ['demo_data_loaded', 'demo_data_deleted', 'test_data_deleted', 'weekly_report_sent'] },
] as const

const words: Record<string, string> = { api: 'API', login: 'Sign-in' }

/** "api_key_created" → "API key created"; "login_failed" → "Sign-in failed". */
export const activityLabel = (type: string) => {
  const text = type
    .split('_')
    .map((word) => words[word] ?? word)
    .join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}
