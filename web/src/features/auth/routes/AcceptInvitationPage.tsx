import type { FormEvent } from 'react'
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router'
import { Field } from '@/components/form/Field'
import { FormAlert, fieldErrorsOf } from '@/components/form/FormAlert'
import { useAcceptInvitation } from '../api/accept-invitation'
import { useInvitation, type InvitationPreview } from '../api/get-invitation'
import { AuthCard } from '../components/AuthCard'
import { linkToken } from '../components/link-token'

const fields = ['name', 'password'] as const
const missingToken = 'This link has no invitation token. Open the full link you were sent.'

export function AcceptInvitationPage() {
  const [searchParams] = useSearchParams()
  // Links sent before the token moved to the fragment carry it in the query string.
  const token = linkToken(useLocation().hash) || (searchParams.get('token') ?? '')
  const invitation = useInvitation(token)

  if (!token) return <InvitationProblem message={missingToken} />
  if (invitation.isPending) return <p className="muted">Loading invitation…</p>
  if (invitation.isError) return <InvitationProblem message={invitation.error.message} />
  return <AcceptInvitationForm token={token} invitation={invitation.data} />
}

function InvitationProblem({ message }: { message: string }) {
  return (
    <AuthCard
      title="Invitation"
      footer={
        <>
          Already a member? <Link to="/login">Log in</Link>
        </>
      }
    >
      <div role="alert" className="alert">
        {message}
      </div>
    </AuthCard>
  )
}

function AcceptInvitationForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const navigate = useNavigate()
  const accept = useAcceptInvitation()
  const errors = fieldErrorsOf(accept.error)
  const existing = invitation.accountExists

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const name = existing ? null : String(form.get('name'))
    accept.mutate(
      { token, password: String(form.get('password')), name },
      { onSuccess: () => navigate('/', { replace: true }) },
    )
  }

  return (
    <AuthCard title={`Join ${invitation.organizationName}`} footer={<>Not you? Ask for a new invitation.</>}>
      <dl className="details">
        <dt>Email</dt>
        <dd>{invitation.email}</dd>
        <dt>Role</dt>
        <dd>{invitation.role}</dd>
      </dl>
      <p className="muted">
        {existing
          ? 'You already have an account with this email. Enter its password to join.'
          : 'Create your account to join.'}
      </p>
      <form onSubmit={onSubmit}>
        <FormAlert error={accept.error} fields={fields} />
        {!existing && <Field label="Name" name="name" autoComplete="name" required errors={errors.name} />}
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete={existing ? 'current-password' : 'new-password'}
          required
          errors={errors.password}
        />
        <button type="submit" disabled={accept.isPending}>
          {accept.isPending ? 'Joining…' : existing ? 'Log in and join' : 'Create account and join'}
        </button>
      </form>
    </AuthCard>
  )
}
