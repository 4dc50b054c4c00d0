import { useState } from 'react'
import { ConfirmInline } from '@/components/ConfirmInline'
import type { Dashboard } from '../api/list-dashboards'
import { useDeleteDashboard } from '../api/delete-dashboard'

/** The default dashboard cannot be deleted, so it offers no button. */
export function DeleteDashboard({ dashboard, onDeleted }: { dashboard: Dashboard; onDeleted: () => void }) {
  const [asking, setAsking] = useState(false)
  const remove = useDeleteDashboard()
  if (dashboard.isDefault) return null
  return (
    <>
      {asking ? (
        <ConfirmInline
          label={`Confirm deleting ${dashboard.name}`}
          question={`Delete ${dashboard.name}?`}
          confirm="Yes, delete"
          pending={remove.isPending}
          pendingText="Deleting…"
          onConfirm={() => remove.mutate(dashboard.id, { onSuccess: onDeleted })}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          Delete dashboard
        </button>
      )}
      {remove.isError && (
        <p role="alert" className="field-errors">
          Could not delete the dashboard: {remove.error.message}
        </p>
      )}
    </>
  )
}
