import type { ProviderConnection } from '../api/list-providers'

export const providerOptions: { value: 'openai' | 'anthropic'; label: string; defaultBaseUrl: string; keyHint: string }[] = [
  { value: 'openai', label: 'OpenAI', defaultBaseUrl: 'https://api.openai.com/v1', keyHint: 'sk-admin-…' },
  { value: 'anthropic', label: 'Anthropic', defaultBaseUrl: 'https://api.anthropic.com', keyHint: 'sk-ant-admin…' },
]

const statusLabels: Record<string, { label: string; tone?: string }> = {
  pending: { label: 'Pending' },
  syncing: { label: 'Syncing…', tone: 'warn' },
  ok: { label: 'OK', tone: 'ok' },
  error: { label: 'Error', tone: 'error' },
  key_refused: { label: 'Key refused', tone: 'error' },
}

export const statusOf = (connection: ProviderConnection) => statusLabels[connection.status] ?? { label: connection.status }

const dayMs = 24 * 60 * 60 * 1000

/** Calendar days the synced buckets touch, today's partial day included, as the backfill's progress counts them. */
export function dataRangeDays(connection: ProviderConnection): number | null {
  if (!connection.dataFrom || !connection.dataTo) return null
  return Math.ceil((Date.parse(connection.dataTo) - Date.parse(connection.dataFrom)) / dayMs)
}
