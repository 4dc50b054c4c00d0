import { alertTypeLabel, alertTypes } from '@/lib/alert-types'
import { formatDateTime } from '@/lib/format'
import type { NotificationChannel } from '../api/list-channels'
import { sendsToUrl } from './channel-fields'

const none = <span className="muted">—</span>

export function TargetCell({ channel }: { channel: NotificationChannel }) {
  if (sendsToUrl(channel.type)) return <td>{channel.maskedWebhookUrl ? <code>{channel.maskedWebhookUrl}</code> : none}</td>
  return <td>{channel.recipients.length ? channel.recipients.join(', ') : none}</td>
}

export function AlertTypesCell({ channel }: { channel: NotificationChannel }) {
  if (channel.alertTypes.length === 0) return <td className="muted">None</td>
  if (channel.alertTypes.length === alertTypes.length) return <td>All</td>
  return <td>{channel.alertTypes.map(alertTypeLabel).join(', ')}</td>
}

export function StateCell({ channel }: { channel: NotificationChannel }) {
  if (channel.disabledByFailure) return <td><span className="badge error">Disabled after a failure</span></td>
  return <td>{channel.enabled ? <span className="badge ok">On</span> : <span className="badge">Off</span>}</td>
}

export function LastDeliveryCell({ channel }: { channel: NotificationChannel }) {
  return <td>{channel.lastDeliveredAt ? formatDateTime(channel.lastDeliveredAt) : none}</td>
}

/** The latest failure is kept after later successes; only a failure newer than the last delivery is current. */
export function failureIsCurrent(channel: NotificationChannel) {
  if (!channel.lastError) return false
  if (channel.disabledByFailure || !channel.lastDeliveredAt || !channel.lastErrorAt) return true
  return Date.parse(channel.lastErrorAt) > Date.parse(channel.lastDeliveredAt)
}
