import { TableHead } from '@/components/TableHead'
import type { ProviderConnection } from '../api/list-providers'
import { ProviderRow } from './ProviderRow'

type ProvidersTableProps = { connections: ProviderConnection[]; canManage: boolean }

const columns = ['Name', 'Provider', 'Key', 'Status', 'Last sync', 'Data range']

export function ProvidersTable({ connections, canManage }: ProvidersTableProps) {
  if (connections.length === 0) return <p className="muted">No provider connected yet.</p>
  return (
    <table className="table">
      <TableHead columns={columns} withActions={canManage} />
      <tbody>
        {connections.map((connection) => (
          <ProviderRow key={connection.id} connection={connection} canManage={canManage} />
        ))}
      </tbody>
    </table>
  )
}
