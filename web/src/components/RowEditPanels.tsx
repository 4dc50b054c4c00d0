import type { ReactNode } from 'react'
import { ConfirmInline } from './ConfirmInline'

export type RowEditing = 'settings' | 'delete' | null

type RowEditPanelsProps = {
  name: string
  columnCount: number
  editing: RowEditing
  /** The edit form, shown while editing settings. */
  form: ReactNode
  deleteQuestion: string
  deleting: { isPending: boolean; error: Error | null }
  onDelete: () => void
  onClose: () => void
}

/** The rows under a table row that edits or deletes it: the form or the delete confirmation, then a failed delete's error. */
export function RowEditPanels({ name, columnCount, editing, form, deleteQuestion, deleting, onDelete, onClose }: RowEditPanelsProps) {
  return (
    <>
      {editing && (
        <tr className="row-confirm">
          <td colSpan={columnCount}>
            {editing === 'settings' ? (
              form
            ) : (
              <ConfirmInline
                label={`Confirm deleting ${name}`}
                question={deleteQuestion}
                confirm="Yes, delete"
                pending={deleting.isPending}
                pendingText="Deleting…"
                onConfirm={onDelete}
                onCancel={onClose}
              />
            )}
          </td>
        </tr>
      )}
      {deleting.error && (
        <tr className="row-error">
          <td colSpan={columnCount} role="alert">
            Could not delete {name}: {deleting.error.message}
          </td>
        </tr>
      )}
    </>
  )
}
