import { useId, type FormEvent } from 'react'
import { Field } from '@/components/form/Field'
import { FormAlert, fieldErrorsOf } from '@/components/form/FormAlert'
import { SelectField } from '@/components/form/SelectField'
import { useCreateInvitation, type CreateInvitationInput } from '../api/create-invitation'
import { AcceptLink } from './AcceptLink'
import { assignableRoles } from './roles'

const fields = ['email'] as const

export function InviteMemberForm({ canInviteOwners }: { canInviteOwners: boolean }) {
  const headingId = useId()
  const invite = useCreateInvitation()
  const errors = fieldErrorsOf(invite.error)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    invite.mutate(
      { email: String(data.get('email')), role: String(data.get('role')) as CreateInvitationInput['role'] },
      { onSuccess: () => form.reset() },
    )
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Invite a member</h2>
      <form onSubmit={onSubmit} className="inline-form">
        <FormAlert error={invite.error} fields={fields} />
        <Field label="Email" name="email" type="email" autoComplete="off" required errors={errors.email} />
        <SelectField label="Role" name="role" options={assignableRoles(canInviteOwners)} defaultValue="member" />
        <button type="submit" disabled={invite.isPending}>
          {invite.isPending ? 'Inviting…' : 'Send invitation'}
        </button>
      </form>
      {invite.isSuccess && <AcceptLink invitation={invite.data} />}
    </section>
  )
}
