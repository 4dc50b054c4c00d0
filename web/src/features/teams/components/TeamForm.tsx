import type { FormEvent } from 'react'
import { Field } from '@/components/form/Field'
import { fieldErrorsOf, FormAlert } from '@/components/form/FormAlert'
import type { Team } from '@/lib/teams'
import { useCreateTeam, useUpdateTeam } from '../api/team-mutations'
import { keyErrorsOf, keysText, parseKeys } from './team-keys'

type TeamFormProps = {
  /** The team to change; without one the form adds a new team. */
  team?: Team
  onDone?: () => void
}

export function TeamForm({ team, onDone }: TeamFormProps) {
  const create = useCreateTeam()
  const update = useUpdateTeam()
  const save = team ? update : create
  const errors = fieldErrorsOf(save.error)
  const keyErrors = keyErrorsOf(errors)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const settings = { name: String(data.get('name') ?? ''), keys: parseKeys(String(data.get('keys') ?? '')) }
    if (team) update.mutate({ id: team.id, ...settings }, { onSuccess: () => onDone?.() })
    else create.mutate(settings, { onSuccess: () => form.reset() })
  }

  return (
    <form onSubmit={onSubmit} className="inline-form team-form" aria-label={team ? `Edit ${team.name}` : 'New team'}>
      <FormAlert error={save.error} fields={['name', ...Object.keys(errors).filter((f) => f.startsWith('keys'))]} />
      <Field label="Name" name="name" autoComplete="off" required defaultValue={team?.name} errors={errors.name} />
      <Field
        label="Telemetry keys (comma-separated, primary first)"
        name="keys"
        autoComplete="off"
        required
        placeholder="payments, team-payments"
        defaultValue={team ? keysText(team.keys) : undefined}
        errors={keyErrors}
      />
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : team ? 'Save team' : 'Create team'}
      </button>
      {team && (
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      )}
    </form>
  )
}
