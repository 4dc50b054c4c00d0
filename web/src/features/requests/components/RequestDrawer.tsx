import { useEffect, useId, useRef } from 'react'
import { useRequest } from '../api/get-request'
import { RequestFacts } from './RequestFacts'

type RequestDrawerProps = { id: string; onClose: () => void }

/** A side drawer beside the log, not modal: the rows stay clickable while it is open. */
export function RequestDrawer({ id, onClose }: RequestDrawerProps) {
  const headingId = useId()
  const drawer = useRef<HTMLElement>(null)
  const request = useRequest(id)

  useEffect(() => drawer.current?.focus(), [id])

  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && onClose()
    document.addEventListener('keydown', closeOnEscape)
    return () => document.removeEventListener('keydown', closeOnEscape)
  }, [onClose])

  return (
    <aside ref={drawer} role="dialog" aria-labelledby={headingId} tabIndex={-1} className="card detail-panel">
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
      {request.data && <RequestFacts detail={request.data} />}
    </aside>
  )
}
