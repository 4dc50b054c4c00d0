import { useId } from 'react'
import { useInvitations, type Invitation } from '../api/list-invitations'
import { useRevokeInvitation } from '../api/revoke-invitation'

export function OpenInvitations() {
  const headingId = useId()
  const invitations = useInvitations()

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Open invitations</h2>
      {invitations.isPending && <p className="muted">Loading invitations…</p>}
      {invitations.isError && (
        <div role="alert" className="alert">
          Could not load invitations: {invitations.error.message}
        </div>
      )}
      {invitations.data?.length === 0 && <p className="muted">No open invitations.</p>}
      {invitations.data && invitations.data.length > 0 && (
        <ul className="invitation-list">
          {invitations.data.map((invitation) => (
            <InvitationItem key={invitation.id} invitation={invitation} />
          ))}
        </ul>
      )}
    </section>
  )
}

function InvitationItem({ invitation }: { invitation: Invitation }) {
  const revoke = useRevokeInvitation()
  return (
    <li>
      <span>
        {invitation.email}{' '}
        <span className="muted">
          as {invitation.role}, expires {new Date(invitation.expiresAt).toLocaleDateString()}
        </span>
      </span>
      <button
        type="button"
        className="secondary"
        aria-label={`Withdraw the invitation for ${invitation.email}`}
        onClick={() => revoke.mutate(invitation.id)}
        disabled={revoke.isPending}
      >
        Withdraw
      </button>
      {revoke.isError && (
        <p role="alert" className="field-errors">
          Could not withdraw: {revoke.error.message}
        </p>
      )}
    </li>
  )
}
