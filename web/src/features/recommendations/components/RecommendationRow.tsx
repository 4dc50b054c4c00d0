import { useId, useState } from 'react'
import { Figures } from '@/components/Figures'
import { formatShortDateTime, formatUsd } from '@/lib/format'
import { useChangeRecommendationStatus, type StatusChange } from '../api/change-recommendation-status'
import type { Recommendation } from '../api/list-recommendations'
import { typeLabel } from './recommendation-filters'

type RecommendationRowProps = { recommendation: Recommendation; canManage: boolean }

export const recommendationColumns = ['Type', 'Recommendation', { label: 'Saving', numeric: true }, 'Evidence']

const actions: { action: StatusChange['action']; status: string; label: string; pending: string }[] = [
  { action: 'apply', status: 'applied', label: 'Mark applied', pending: 'Applying…' },
  { action: 'dismiss', status: 'dismissed', label: 'Dismiss', pending: 'Dismissing…' },
]

export function RecommendationRow({ recommendation: r, canManage }: RecommendationRowProps) {
  const [showEvidence, setShowEvidence] = useState(false)
  const evidenceId = useId()
  const change = useChangeRecommendationStatus()
  const columnCount = recommendationColumns.length + (canManage ? 1 : 0)

  return (
    <>
      <tr>
        <td>{typeLabel(r.type)}</td>
        <td>
          <strong>{r.title}</strong>
          <p className="muted">{r.explanation}</p>
          {r.status !== 'open' && r.statusChangedAt && (
            <p className="muted">
              {r.status === 'applied' ? 'Applied' : 'Dismissed'} {formatShortDateTime(r.statusChangedAt)}
            </p>
          )}
        </td>
        <td className="number">
          {formatUsd(r.savingUsd)} <span className="muted">{r.savingBasis === 'monthly' ? 'a month' : 'on the spike'}</span>
        </td>
        <td>
          <button
            type="button"
            className="link-button"
            aria-expanded={showEvidence}
            aria-controls={evidenceId}
            onClick={() => setShowEvidence((shown) => !shown)}
          >
            {showEvidence ? 'Hide evidence' : 'Show evidence'}
          </button>
        </td>
        {canManage && (
          <td className="row-actions">
            {actions
              .filter(({ status }) => status !== r.status)
              .map(({ action, label, pending }) => (
                <button
                  key={action}
                  type="button"
                  className="secondary"
                  disabled={change.isPending}
                  onClick={() => change.mutate({ id: r.id, action })}
                >
                  {change.isPending && change.variables.action === action ? pending : label}
                </button>
              ))}
          </td>
        )}
      </tr>
      {showEvidence && (
        <tr id={evidenceId} className="evidence-row">
          <td colSpan={columnCount}>
            <Figures label={`Evidence for ${r.title}`} figures={r.evidence.map((row) => ({ label: row.name, value: row.value }))} />
          </td>
        </tr>
      )}
      {change.error && (
        <tr className="row-error">
          <td colSpan={columnCount} role="alert">
            Could not change {r.title}: {change.error.message}
          </td>
        </tr>
      )}
    </>
  )
}
