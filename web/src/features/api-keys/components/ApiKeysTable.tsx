import { TableHead } from '@/components/TableHead'
import { useTeams } from '@/lib/teams'
import type { ApiKeyCreated } from '../api/create-api-key'
import type { ApiKey } from '../api/list-api-keys'
import { ApiKeyRow } from './ApiKeyRow'

type ApiKeysTableProps = { apiKeys: ApiKey[]; onRotated: (apiKey: ApiKeyCreated) => void }

const columns = ['Name', 'Prefix', 'Team', 'Environment', 'Created by', 'Created', 'Last used', 'Status']

export function ApiKeysTable({ apiKeys, onRotated }: ApiKeysTableProps) {
  const teams = useTeams().data ?? []
  if (apiKeys.length === 0) return <p className="muted">No API keys yet. Create one to start sending telemetry.</p>
  return (
    <table className="table api-keys-table">
      <TableHead columns={columns} withActions />
      <tbody>
        {apiKeys.map((apiKey) => (
          <ApiKeyRow key={apiKey.id} apiKey={apiKey} teams={teams} onRotated={onRotated} />
        ))}
      </tbody>
    </table>
  )
}
