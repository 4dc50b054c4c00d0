import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { useRequest } from '../api/get-request'
import { RequestContent } from './RequestContent'
import { RequestFacts } from './RequestFacts'

type RequestDrawerProps = { id: string; onClose: () => void }

/** A modal side drawer: focus stays inside while it is open, and Escape or Close shuts it. */
export function RequestDrawer({ id, onClose }: RequestDrawerProps) {
  const headingId = useId()
  const drawer = useRef<HTMLDialogElement>(null)
  const request = useRequest(id)

  useEffect(() => {
    const dialog = drawer.current
    if (!dialog) return
    if (!dialog.open) dialog.showModal()
    dialog.focus()
  }, [id])

  // Escape is handled here rather than by the browser's cancel, so the URL (which says what is open) closes it.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onClose()
  }

  return (
    <dialog
      ref={drawer}
      aria-labelledby={headingId}
      tabIndex={-1}
      className="card detail-panel"
      onKeyDown={closeOnEscape}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <div className="detail-panel-header">
        <h2 id={headingId}>Request details</h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
      {request.isPending && <p className="muted">Loading…</p>}
      {request.isError && (
        <div role="alert" className="alert">
          Could not load this request: {request.error.message}
        </div>
      )}
      {request.data && (
        <>
          <RequestFacts detail={request.data} />
          <RequestContent detail={request.data} />
        </>
      )}
    </dialog>
  )
}
