import { useId, useState } from 'react'
import type { InvitationCreated } from '../api/create-invitation'

const deliveryNote: Record<InvitationCreated['emailDelivery'], string> = {
  sent: 'We emailed them the link below; you can also share it yourself.',
  failed: 'The email could not be sent (the server log says why): send them this link yourself.',
  not_configured: 'This server has no email settings (SMTP), so no email was sent: send them this link.',
}

export function AcceptLink({ invitation }: { invitation: InvitationCreated }) {
  const id = useId()
  const [copied, setCopied] = useState(false)
  const link = new URL(invitation.acceptPath ?? '', window.location.origin).href

  async function copy() {
    await navigator.clipboard.writeText(link)
    setCopied(true)
  }

  return (
    <div className="accept-link" role="status">
      <p>
        Invitation created for <strong>{invitation.email}</strong> as {invitation.role}. {deliveryNote[invitation.emailDelivery]}
      </p>
      <label htmlFor={id}>Accept link</label>
      <div className="copy-row">
        <input id={id} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" onClick={copy}>
          {copied ? 'Copied' : 'Copy link'}
        </button>
      </div>
    </div>
  )
}
