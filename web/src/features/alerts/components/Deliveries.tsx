import { formatShortDateTime } from '@/lib/format'
import type { AlertDelivery } from '../api/list-alerts'

const stateLabels: Record<string, { label: string; tone?: string }> = {
  pending: { label: 'Queued' },
  retrying: { label: 'Retrying', tone: 'warn' },
  sent: { label: 'Sent', tone: 'ok' },
  failed_permanent: { label: 'Failed', tone: 'error' },
}

function stateDetail(delivery: AlertDelivery) {
  if (delivery.state === 'sent' && delivery.sentAt) return formatShortDateTime(delivery.sentAt)
  const parts = [
    delivery.attempts > 0 ? `${delivery.attempts} ${delivery.attempts === 1 ? 'attempt' : 'attempts'}` : null,
    delivery.lastError,
    delivery.nextAttemptAt ? `next try ${formatShortDateTime(delivery.nextAttemptAt)}` : null,
  ]
  return parts.filter(Boolean).join(' · ')
}

export function Deliveries({ deliveries }: { deliveries: AlertDelivery[] }) {
  if (deliveries.length === 0) return <p className="muted">Not sent to any channel: only in this inbox.</p>
  return (
    <ul className="deliveries" aria-label="Deliveries">
      {deliveries.map((delivery) => {
        const state = stateLabels[delivery.state] ?? { label: delivery.state }
        const detail = stateDetail(delivery)
        return (
          <li key={delivery.channelId}>
            {delivery.channelName} <span className="muted">({delivery.channelType})</span>{' '}
            <span className={state.tone ? `badge ${state.tone}` : 'badge'}>{state.label}</span>
            {detail && <span className="muted"> {detail}</span>}
          </li>
        )
      })}
    </ul>
  )
}
