import { ApiError } from '@/lib/api'

export const channelKinds = [
  { value: 'slack', label: 'Slack' },
  { value: 'email', label: 'Email' },
  { value: 'webhook', label: 'Webhook' },
] as const

export type ChannelKind = (typeof channelKinds)[number]['value']

export const channelKindLabel = (type: string) => channelKinds.find((k) => k.value === type)?.label ?? type

/** Slack and webhook channels send to a URL, email channels to recipients. */
export const sendsToUrl = (kind: string) => kind !== 'email'

export const urlLabel = (kind: ChannelKind) => (kind === 'slack' ? 'Slack webhook URL' : 'Webhook URL')

export const urlPlaceholder = (kind: ChannelKind) =>
  kind === 'slack' ? 'https://hooks.slack.com/services/…' : 'https://example.com/aintops-alerts'

/** Addresses typed comma-separated or one per line. */
export const parseRecipients = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((address) => address.trim())
    .filter(Boolean)

/** The API's field errors by form field: "recipients[1]" belongs to recipients. */
export function channelFieldErrors(error: unknown): Record<string, string[]> {
  if (!(error instanceof ApiError)) return {}
  const grouped: Record<string, string[]> = {}
  for (const [key, messages] of Object.entries(error.fieldErrors)) {
    const field = key.replace(/\[\d+\]$/, '')
    grouped[field] = [...(grouped[field] ?? []), ...messages]
  }
  return grouped
}

/** The keys of the API's errors shown beside one of these fields, so the form's alert lists only the others. */
export const keysShownBeside = (fields: string[], error: unknown) =>
  error instanceof ApiError ? Object.keys(error.fieldErrors).filter((key) => fields.includes(key.replace(/\[\d+\]$/, ''))) : []
