import { Link } from 'react-router'
import { formatAgo, formatDateTime } from '@/lib/format'
import { useProviders, type ProviderConnection } from '../api/list-providers'
import { useRefreshWhenSynced } from './use-refresh-when-synced'

/** How fresh each connected provider's billing is, with a first sync's progress; nothing without a connection. */
export function ProviderFreshness({ providersLink }: { providersLink: string }) {
  const providers = useProviders()
  useRefreshWhenSynced(providers.data)
  if (!providers.data?.length) return null
  return (
    <section className="provider-freshness" aria-label="Provider billing">
      <ul className="plain-list">
        {providers.data.map((connection) => (
          <li key={connection.id}>
            <strong>{connection.name}</strong> <Freshness connection={connection} providersLink={providersLink} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function Freshness({ connection: c, providersLink }: { connection: ProviderConnection; providersLink: string }) {
  if (c.backfilling) {
    return (
      <>
        fetching its last {c.backfillDaysTotal} days of billing{' '}
        <progress aria-label={`Backfill of ${c.name}`} max={c.backfillDaysTotal || 1} value={c.backfillDaysDone} />{' '}
        <span className="muted">
          {c.backfillDaysDone} of {c.backfillDaysTotal} days
        </span>
      </>
    )
  }
  if (c.status === 'error' || c.status === 'key_refused') {
    return (
      <span className="field-errors">
        last sync failed{c.lastError ? `: ${c.lastError}` : ''} (<Link to={providersLink}>see Providers</Link>)
      </span>
    )
  }
  const synced = c.lastSuccessAt ?? c.lastSyncFinishedAt
  return (
    <span className="muted">
      {c.status === 'syncing' ? 'syncing now; ' : ''}
      {synced ? <span title={formatDateTime(synced)}>billing synced {formatAgo(synced)}</span> : 'not synced yet'}
    </span>
  )
}
