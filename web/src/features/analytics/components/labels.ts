import { breakdownLabel } from '@/lib/analytics/unattributed'
import type { Grouping } from '../api/get-usage-explorer'

export const groupingLabels: Record<Grouping, string> = {
  provider: 'Provider',
  model: 'Model',
  user: 'User',
  team: 'Team',
  endpointTag: 'Feature',
  promptVersion: 'Prompt version',
  environment: 'Environment',
  apiKey: 'API key',
  cacheOutcome: 'Cache outcome',
  workflow: 'Workflow',
}

/** The API names calls without a user "" in per-user views; the explorer already says "Unknown user". */
export const userLabel = (userId: string) => breakdownLabel(userId, 'Unknown user')

export const teamLabel = (team: string) => breakdownLabel(team, 'No team')
