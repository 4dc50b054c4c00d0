import { useId, type FormEvent } from 'react'
import { Field } from '@/components/form/Field'
import { FormAlert, fieldErrorsOf } from '@/components/form/FormAlert'
import { SelectField } from '@/components/form/SelectField'
import { useTeams } from '@/lib/teams'
import { useCreateApiKey, type ApiKeyCreated, type CreateApiKeyInput } from '../api/create-api-key'

const fields = ['name', 'teamId'] as const
const environments = [
  { value: '', label: 'Not set' },
  { value: 'prod', label: 'prod' },
  { value: 'staging', label: 'staging' },
  { value: 'dev', label: 'dev' },
]

const optional = (value: FormDataEntryValue | null) => String(value ?? '').trim() || null

export function CreateApiKeyForm({ onCreated }: { onCreated: (apiKey: ApiKeyCreated) => void }) {
  const headingId = useId()
  const create = useCreateApiKey()
  const teams = useTeams()
  const errors = fieldErrorsOf(create.error)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const input = {
      name: String(data.get('name')),
      team: null,
      teamId: optional(data.get('teamId')),
      environment: optional(data.get('environment')) as CreateApiKeyInput['environment'],
    }
    create.mutate(input, {
      onSuccess: (apiKey) => {
        form.reset()
        onCreated(apiKey)
        // The page holds the one copy of the secret from here on.
        create.reset()
      },
    })
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Create an API key</h2>
      <form onSubmit={onSubmit} className="inline-form">
        <FormAlert error={create.error} fields={fields} />
        <Field label="Name" name="name" autoComplete="off" required errors={errors.name} />
        <SelectField
          label="Team"
          name="teamId"
          options={[{ value: '', label: 'No team' }, ...(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))]}
          defaultValue=""
        />
        <SelectField label="Default environment" name="environment" options={environments} defaultValue="" />
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create key'}
        </button>
      </form>
    </section>
  )
}
