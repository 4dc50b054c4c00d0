import type { SaveState } from './use-autosave'

const messages = { waiting: 'Unsaved changes…', saving: 'Saving…', saved: 'Layout saved' }

export function SaveStatus({ state }: { state: SaveState }) {
  if (state.status === 'idle') return null
  if (state.status === 'error') {
    return (
      <p role="alert" className="field-errors save-status">
        Could not save the layout: {state.error?.message}
      </p>
    )
  }
  return (
    <p role="status" className="muted save-status">
      {messages[state.status]}
    </p>
  )
}
