import { useId, useState } from 'react'

type CopyFieldProps = {
  label: string
  value: string
  /** The copy button's text, e.g. "Copy key". */
  copyLabel: string
  autoFocus?: boolean
}

/** A read-only value (a secret shown once, a link) with a button that copies it, and what to do when the browser will not. */
export function CopyField({ label, value, copyLabel, autoFocus }: CopyFieldProps) {
  const inputId = useId()
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')

  async function copyValue() {
    try {
      await navigator.clipboard.writeText(value)
      setCopy('copied')
    } catch {
      setCopy('failed')
    }
  }

  return (
    <>
      <label htmlFor={inputId}>{label}</label>
      <div className="copy-row">
        <input
          id={inputId}
          readOnly
          autoFocus={autoFocus}
          value={value}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={copyValue}>
          {copy === 'copied' ? 'Copied' : copyLabel}
        </button>
      </div>
      {copy === 'failed' && (
        <p role="alert" className="field-errors">
          Could not copy: select the text and copy it yourself.
        </p>
      )}
    </>
  )
}
