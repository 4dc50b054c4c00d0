import { useEffect, useRef, useState, type ReactNode } from 'react'
import { ConfirmInline } from './ConfirmInline'

export type RowEditing = 'settings' | 'delete' | null

/**
 * Which panel a row has open. Closing it gives focus back to the button that opened it, since that button is hidden
 * while the panel is open; `closeAsRowGoes` does not, for a row that was just deleted.
 */
export function useRowEditing() {
  const [editing, setEditing] = useState<RowEditing>(null)
  const openers = useRef(new Map<RowEditing, HTMLButtonElement>())
  const lastOpened = useRef<RowEditing>(null)
  const returnFocus = useRef(true)

  useEffect(() => {
    if (editing === null && lastOpened.current && returnFocus.current) openers.current.get(lastOpened.current)?.focus()
    lastOpened.current = editing
  }, [editing])

  return {
    editing,
    open: (panel: Exclude<RowEditing, null>) => setEditing(panel),
    close: () => {
      returnFocus.current = true
      setEditing(null)
    },
    closeAsRowGoes: () => {
      returnFocus.current = false
      setEditing(null)
    },
    openerRef: (panel: Exclude<RowEditing, null>) => (button: HTMLButtonElement | null) => {
      if (button) openers.current.set(panel, button)
    },
  }
}

/** A row's Edit and Delete buttons, which open its panels; focus comes back to them when a panel closes. */
export function RowEditButtons({ open, openerRef }: Pick<ReturnType<typeof useRowEditing>, 'open' | 'openerRef'>) {
  return (
    <>
      <button ref={openerRef('settings')} type="button" className="secondary" onClick={() => open('settings')}>
        Edit
      </button>{' '}
      <button ref={openerRef('delete')} type="button" className="secondary" onClick={() => open('delete')}>
        Delete
      </button>
    </>
  )
}

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
  const panel = useRef<HTMLTableCellElement>(null)
  useEffect(() => {
    if (editing === 'settings') panel.current?.querySelector<HTMLElement>('input, select, textarea')?.focus()
  }, [editing])

  return (
    <>
      {editing && (
        <tr className="row-confirm">
          <td colSpan={columnCount} ref={panel}>
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
