import { useState } from 'react'
import { ConfirmInline } from '@/components/ConfirmInline'
import { formatDate, formatDateTime } from '@/lib/format'
import type { Team } from '@/lib/teams'
import type { ApiKeyCreated } from '../api/create-api-key'
import type { ApiKey } from '../api/list-api-keys'
import { useRevokeApiKey } from '../api/revoke-api-key'
import { useRotateApiKey } from '../api/rotate-api-key'
import { useUpdateApiKey } from '../api/update-api-key'

type ApiKeyRowProps = { apiKey: ApiKey; teams: Team[]; onRotated: (apiKey: ApiKeyCreated) => void }

const none = <span className="muted">—</span>

export function ApiKeyRow({ apiKey, teams, onRotated }: ApiKeyRowProps) {
  const [confirming, setConfirming] = useState<'rotate' | 'revoke' | null>(null)
  const rotate = useRotateApiKey()
  const revoke = useRevokeApiKey()
  const bind = useUpdateApiKey()
  const error = rotate.error ?? revoke.error ?? bind.error

  function confirmRotate() {
    revoke.reset()
    rotate.mutate(apiKey.id, {
      onSuccess: (rotated) => {
        onRotated(rotated)
        rotate.reset()
      },
      onSettled: () => setConfirming(null),
    })
  }

  function confirmRevoke() {
    rotate.reset()
    revoke.mutate(apiKey.id, { onSettled: () => setConfirming(null) })
  }

  return (
    <>
      <tr className={apiKey.revoked ? 'revoked' : undefined}>
        <td>{apiKey.name}</td>
        <td>
          <code>{apiKey.prefix}…</code>
        </td>
        <td>
          {apiKey.revoked || (teams.length === 0 && !apiKey.teamId) ? (
            (apiKey.teamName ?? apiKey.team ?? none)
          ) : (
            <select
              aria-label={`Team of ${apiKey.name}`}
              value={apiKey.teamId ?? ''}
              disabled={bind.isPending}
              onChange={(event) => bind.mutate({ id: apiKey.id, name: apiKey.name, teamId: event.target.value || null })}
            >
              <option value="">{apiKey.team ? `${apiKey.team} (text)` : 'No team'}</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          )}
        </td>
        <td className="environment">{apiKey.environment ?? none}</td>
        <td className="created-by" title={apiKey.createdBy ?? undefined}>
          {apiKey.createdBy ?? none}
        </td>
        <td>{formatDate(apiKey.createdAt)}</td>
        <td>{apiKey.lastUsedAt ? formatDateTime(apiKey.lastUsedAt) : <span className="muted">Never</span>}</td>
        <td>
          {apiKey.revoked ? (
            <span className="badge">Revoked{apiKey.revokedAt && ` ${formatDate(apiKey.revokedAt)}`}</span>
          ) : (
            <span className="badge ok">Active</span>
          )}
        </td>
        <td className="row-actions">
          {!apiKey.revoked && !confirming && (
            <>
              <button type="button" className="secondary" onClick={() => setConfirming('rotate')}>
                Rotate
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setConfirming('revoke')}>
                Revoke
              </button>
            </>
          )}
        </td>
      </tr>
      {confirming && (
        <tr className="row-confirm">
          <td colSpan={9}>
            {confirming === 'rotate' ? (
              <ConfirmInline
                label={`Confirm rotating ${apiKey.name}`}
                question={`Issue a new secret for ${apiKey.name}? The current one stops working at once.`}
                confirm="Yes, rotate"
                pending={rotate.isPending}
                pendingText="Rotating…"
                onConfirm={confirmRotate}
                onCancel={() => setConfirming(null)}
              />
            ) : (
              <ConfirmInline
                label={`Confirm revoking ${apiKey.name}`}
                question={`Revoke ${apiKey.name}? Applications using it are refused within seconds.`}
                confirm="Yes, revoke"
                pending={revoke.isPending}
                pendingText="Revoking…"
                onConfirm={confirmRevoke}
                onCancel={() => setConfirming(null)}
              />
            )}
          </td>
        </tr>
      )}
      {error && (
        <tr className="row-error">
          <td colSpan={9} role="alert">
            Could not {rotate.isError ? 'rotate' : revoke.isError ? 'revoke' : 'change the team of'} {apiKey.name}: {error.message}
          </td>
        </tr>
      )}
    </>
  )
}
