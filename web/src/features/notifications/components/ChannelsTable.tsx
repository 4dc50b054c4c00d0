import { TableHead } from '@/components/TableHead'
import type { NotificationChannel } from '../api/list-channels'
import { ChannelRow } from './ChannelRow'

type ChannelsTableProps = { channels: NotificationChannel[]; canManage: boolean }

const columns = ['Name', 'Kind', 'Sends to', 'Alert types', 'State', 'Last delivery']

export function ChannelsTable({ channels, canManage }: ChannelsTableProps) {
  if (channels.length === 0) return <p className="muted">No notification channel yet: alerts appear only in the inbox.</p>
  return (
    <table className="table channels-table">
      <TableHead columns={columns} withActions={canManage} />
      <tbody>
        {channels.map((channel) => (
          <ChannelRow key={channel.id} channel={channel} canManage={canManage} />
        ))}
      </tbody>
    </table>
  )
}
