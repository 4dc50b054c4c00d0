import { useId, useState } from 'react'
import { ConfirmInline } from '@/components/ConfirmInline'
import { formatCount } from '@/lib/format'
import { useClearData, type ClearDataInput } from '../api/clear-data'

type DataMode = ClearDataInput['dataMode']

export function ClearData({ canClearWorkspace }: { canClearWorkspace: boolean }) {
  const headingId = useId()
  const clear = useClearData()
  const [confirming, setConfirming] = useState<DataMode | null>(null)

  function clearAll(dataMode: DataMode) {
    clear.mutate({ dataMode, scope: 'workspace' }, { onSettled: () => setConfirming(null) })
  }

  function clearMine(dataMode: DataMode) {
    setConfirming(null)
    clear.mutate({ dataMode, scope: 'mine' })
  }

  const button = (dataMode: DataMode, scope: ClearDataInput['scope'], label: string) => (
    <button
      type="button"
      className="secondary"
      disabled={clear.isPending}
      onClick={() => (scope === 'mine' ? clearMine(dataMode) : setConfirming(dataMode))}
    >
      {label}
    </button>
  )

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Clean up</h2>
      <p className="muted">
        Demo data is what “Load demo data” adds and events sent with <code>dataMode: "demo"</code>; test data is
        events sent with <code>dataMode: "test"</code>. “My” data is what you loaded or sent with your API keys.
        Real data is never deleted here.
      </p>
      <div className="button-row">
        {button('demo', 'mine', 'Clear my demo data')}
        {button('test', 'mine', 'Clear my test data')}
      </div>
      {canClearWorkspace && (
        <div className="button-row">
          {button('demo', 'workspace', 'Clear all demo data')}
          {button('test', 'workspace', 'Clear all test data')}
        </div>
      )}
      {confirming && (
        <ConfirmInline
          label={`Confirm clearing all ${confirming} data`}
          question={`Delete the ${confirming} data of everyone in this organization?`}
          confirm={`Yes, clear all ${confirming} data`}
          pending={clear.isPending}
          pendingText="Clearing…"
          onConfirm={() => clearAll(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {clear.isSuccess && (
        <p role="status">
          Deleted {formatCount(clear.data.deleted)} {clear.variables.dataMode} requests
          {clear.variables.scope === 'mine' ? ' of yours' : ' from the whole organization'}.
        </p>
      )}
      {clear.isError && (
        <p role="alert" className="field-errors">
          Could not clear {clear.variables.dataMode} data: {clear.error.message}
        </p>
      )}
    </section>
  )
}
