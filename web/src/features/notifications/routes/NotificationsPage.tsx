import { useId } from 'react'
import { Permission, useCan } from '@/lib/session/permissions'
import { useChannels } from '../api/list-channels'
import { ChannelForm } from '../components/ChannelForm'
import { ChannelsTable } from '../components/ChannelsTable'

export function NotificationsPage() {
  const canManage = useCan(Permission.notificationsManage)
  const channels = useChannels()
  const formHeadingId = useId()

  return (
    <div className="stack">
      <h1>Notifications</h1>
      <p className="muted">
        Alerts always land in the alerts inbox. Channels also send them to a Slack incoming webhook, to email
        addresses or as a signed JSON request to a webhook URL of yours, each for the alert types you choose; failed
        deliveries are retried.
      </p>
      {canManage ? (
        <section className="card" aria-labelledby={formHeadingId}>
          <h2 id={formHeadingId}>Add a channel</h2>
          <p className="muted">
            A webhook URL is stored encrypted and never shown again, only its host and last characters. A webhook
            channel’s signing secret is shown once, when it is created or rotated.
          </p>
          <ChannelForm />
        </section>
      ) : (
        <p className="card">Only owners and admins can add, change, test or delete notification channels.</p>
      )}
      <section tabIndex={0} className="card table-card" aria-label="Notification channels">
        {channels.isPending && <p className="muted">Loading channels…</p>}
        {channels.isError && (
          <div role="alert" className="alert">
            Could not load notification channels: {channels.error.message}
          </div>
        )}
        {channels.data && <ChannelsTable channels={channels.data} canManage={canManage} />}
      </section>
    </div>
  )
}
