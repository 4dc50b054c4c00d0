import { useId } from 'react'
import { CopyField } from '@/components/form/CopyField'
import type { ApiKeyCreated } from '../api/create-api-key'

export type Revealed = { apiKey: ApiKeyCreated; rotated: boolean }

type RevealedKeyProps = Revealed & { onDone: () => void }

export function RevealedKey({ apiKey, rotated, onDone }: RevealedKeyProps) {
  const headingId = useId()

  return (
    <section className="key-reveal" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {rotated ? 'New secret for' : 'API key created:'} {apiKey.name}
      </h2>
      <p>
        <strong>Copy this key now. You will not see it again</strong>: AIntops stores only its hash. Put it in your
        application's secrets and send it in the <code>X-API-Key</code> header.
        {rotated && ' The previous secret of this key has stopped working.'}
      </p>
      <CopyField label="Full API key" value={apiKey.key} copyLabel="Copy key" autoFocus />
      <button type="button" className="secondary" onClick={onDone}>
        I have saved it
      </button>
    </section>
  )
}
