import { useState } from 'react'
import { ConfirmInline } from '@/components/ConfirmInline'
import { formatCount } from '@/lib/format'
import { useClearData } from '../api/clear-data'

/** Deletes the test calls the signed-in user sent (dataMode "test"), after an inline yes, and says how many went. */
export function ClearMyTestData() {
  const clear = useClearData()
  const [confirming, setConfirming] = useState(false)

  return (
    <div className="load-demo">
      {confirming ? (
        <ConfirmInline
          label="Confirm clearing your test data"
          question="Delete the test requests you sent?"
          confirm="Yes, clear my test data"
          pending={clear.isPending}
          pendingText="Clearing…"
          onConfirm={() => clear.mutate({ dataMode: 'test', scope: 'mine' }, { onSettled: () => setConfirming(false) })}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          Clear my test data
        </button>
      )}
      {clear.isSuccess && <p role="status">Deleted {formatCount(clear.data.deleted)} test requests of yours.</p>}
      {clear.isError && (
        <p role="alert" className="field-errors">
          Could not clear test data: {clear.error.message}
        </p>
      )}
    </div>
  )
}
