import { useId, useState } from 'react'
import type { ApiKeyCreated } from '../api/create-api-key'

export type Revealed = { apiKey: ApiKeyCreated; rotated: boolean }

type RevealedKeyProps = Revealed & { onDone: () => void }

export function RevealedKey({ apiKey, rotated, onDone }: RevealedKeyProps) {
  const headingId = useId()
  const inputId = useId()
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')

  async function copyKey() {
    try {
      await navigator.clipboard.writeText(apiKey.key)
      setCopy('copied')
    } catch {
      setCopy('failed')
    }
  }

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
      <label htmlFor={inputId}>Full API key</label>
      <div className="copy-row">
        <input
          id={inputId}
          readOnly
          autoFocus
          value={apiKey.key}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={copyKey}>
          {copy === 'copied' ? 'Copied' : 'Copy key'}
        </button>
      </div>
      {copy === 'failed' && (
        <p role="alert" className="field-errors">
          Could not copy: select the key and copy it yourself.
        </p>
      )}
      <button type="button" className="secondary" onClick={onDone}>
        I have saved it
      </button>
    </section>
  )
}
