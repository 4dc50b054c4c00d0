import type { ReactNode } from 'react'

type ConfirmInlineProps = {
  /** The accessible name of the group, e.g. "Confirm revoking Checkout". */
  label: string
  question: ReactNode
  confirm: string
  pending: boolean
  pendingText: string
  onConfirm: () => void
  onCancel: () => void
}

/** A yes/cancel question in place of the button that asked it, for actions that cannot be undone; Cancel takes focus. */
export function ConfirmInline(props: ConfirmInlineProps) {
  const { label, question, confirm, pending, pendingText, onConfirm, onCancel } = props
  return (
    <span role="group" aria-label={label} className="confirm-inline">
      {question}{' '}
      <button type="button" className="danger" onClick={onConfirm} disabled={pending}>
        {pending ? pendingText : confirm}
      </button>{' '}
      <button type="button" className="secondary" onClick={onCancel} autoFocus>
        Cancel
      </button>
    </span>
  )
}
