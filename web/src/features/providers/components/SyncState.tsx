import { formatDate, formatDateTime } from '@/lib/format'
import type { ProviderConnection } from '../api/list-providers'
import { dataRangeDays, statusOf } from './providers'

const none = <span className="muted">—</span>

export function StatusCell({ connection }: { connection: ProviderConnection }) {
  const status = statusOf(connection)
  return (
    <td>
      <span className={status.tone ? `badge ${status.tone}` : 'badge'}>{status.label}</span>
      {connection.backfilling && (
        <div>
          <progress
            aria-label={`Backfill of ${connection.name}`}
            max={connection.backfillDaysTotal || 1}
            value={connection.backfillDaysDone}
          />{' '}
          <span className="muted">
            {connection.backfillDaysDone} of {connection.backfillDaysTotal} days
          </span>
        </div>
      )}
    </td>
  )
}

export function LastSyncCell({ connection }: { connection: ProviderConnection }) {
  return <td>{connection.lastSyncFinishedAt ? formatDateTime(connection.lastSyncFinishedAt) : none}</td>
}

export function DataRangeCell({ connection }: { connection: ProviderConnection }) {
  const days = dataRangeDays(connection)
  if (days === null || !connection.dataFrom || !connection.dataTo) return <td>{none}</td>
  return (
    <td>
      {days} {days === 1 ? 'day' : 'days'}{' '}
      <span className="muted">
        ({formatDate(connection.dataFrom)} – {formatDate(connection.dataTo)})
      </span>
    </td>
  )
}
