import { useState } from 'react'
import { ConfirmInline } from '@/components/ConfirmInline'
import { useDisconnectProvider } from '../api/disconnect-provider'
import { isSyncing, type ProviderConnection } from '../api/list-providers'
import { useSyncProvider } from '../api/sync-provider'
import { ReplaceKeyForm } from './ReplaceKeyForm'
import { DataRangeCell, LastSyncCell, StatusCell } from './SyncState'
import { providerOptions } from './providers'

type ProviderRowProps = { connection: ProviderConnection; canManage: boolean }

const columnCount = 7

export function ProviderRow({ connection, canManage }: ProviderRowProps) {
  const [editing, setEditing] = useState<'key' | 'disconnect' | null>(null)
  const sync = useSyncProvider()
  const disconnect = useDisconnectProvider()
  const actionError = sync.error ?? disconnect.error
  const providerLabel = providerOptions.find((p) => p.value === connection.provider)?.label ?? connection.provider

  return (
    <>
      <tr>
        <td>{connection.name}</td>
        <td>{providerLabel}</td>
        <td>
          <code>{connection.maskedKey}</code>
        </td>
        <StatusCell connection={connection} />
        <LastSyncCell connection={connection} />
        <DataRangeCell connection={connection} />
        {canManage && (
          <td className="row-actions">
            {!editing && (
              <>
                <button
                  type="button"
                  className="secondary"
                  disabled={isSyncing(connection) || sync.isPending}
                  onClick={() => sync.mutate(connection.id)}
                >
                  Sync now
                </button>{' '}
                <button type="button" className="secondary" onClick={() => setEditing('key')}>
                  Rotate key
                </button>{' '}
                <button type="button" className="secondary" onClick={() => setEditing('disconnect')}>
                  Disconnect
                </button>
              </>
            )}
          </td>
        )}
      </tr>
      {connection.lastError && (
        <tr className="row-error">
          <td colSpan={columnCount} role="alert">
            Last sync failed: {connection.lastError}
          </td>
        </tr>
      )}
      {editing && (
        <tr className="row-confirm">
          <td colSpan={columnCount}>
            {editing === 'key' ? (
              <ReplaceKeyForm connection={connection} onDone={() => setEditing(null)} />
            ) : (
              <ConfirmInline
                label={`Confirm disconnecting ${connection.name}`}
                question={`Disconnect ${connection.name}? Its key and all usage and cost synced from it are deleted.`}
                confirm="Yes, disconnect"
                pending={disconnect.isPending}
                pendingText="Disconnecting…"
                onConfirm={() => disconnect.mutate(connection.id, { onSettled: () => setEditing(null) })}
                onCancel={() => setEditing(null)}
              />
            )}
          </td>
        </tr>
      )}
      {actionError && (
        <tr className="row-error">
          <td colSpan={columnCount} role="alert">
            Could not {sync.isError ? 'sync' : 'disconnect'} {connection.name}: {actionError.message}
          </td>
        </tr>
      )}
    </>
  )
}
