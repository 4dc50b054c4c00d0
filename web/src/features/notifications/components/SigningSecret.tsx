import { useId } from 'react'
import { CopyField } from '@/components/form/CopyField'

type SigningSecretProps = { channelName: string; secret: string; rotated: boolean; onDone: () => void }

/** A webhook channel's signing secret, shown the one time the API returns it. */
export function SigningSecret({ channelName, secret, rotated, onDone }: SigningSecretProps) {
  const headingId = useId()
  return (
    <section className="key-reveal" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {rotated ? 'New signing secret for' : 'Signing secret for'} {channelName}
      </h3>
      <p>
        <strong>Copy this secret now. You will not see it again.</strong> Your receiver checks each request’s{' '}
        <code>X-AIntops-Signature</code> with it (HMAC-SHA256 over the timestamp and the body; see docs/webhooks.md).
        {rotated && ' Requests are signed with this secret only from now on.'}
      </p>
      <CopyField label="Signing secret" value={secret} copyLabel="Copy secret" autoFocus />
      <button type="button" className="secondary" onClick={onDone}>
        I have saved it
      </button>
    </section>
  )
}
