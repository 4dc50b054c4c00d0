import { useAcknowledgeAllAlerts } from '../api/acknowledge-all-alerts'

export function AcknowledgeAll({ unreadCount }: { unreadCount: number | undefined }) {
  const acknowledgeAll = useAcknowledgeAllAlerts()
  return (
    <div className="acknowledge-all">
      <button
        type="button"
        className="secondary"
        disabled={!unreadCount || acknowledgeAll.isPending}
        onClick={() => acknowledgeAll.mutate()}
      >
        {acknowledgeAll.isPending ? 'Acknowledging…' : 'Acknowledge all'}
      </button>
      {acknowledgeAll.data && (
        <span role="status" className="muted">
          {' '}
          Acknowledged {acknowledgeAll.data.count} {acknowledgeAll.data.count === 1 ? 'alert' : 'alerts'}.
        </span>
      )}
      {acknowledgeAll.error && (
        <span role="alert" className="field-errors">
          {' '}
          Could not acknowledge all: {acknowledgeAll.error.message}
        </span>
      )}
    </div>
  )
}
