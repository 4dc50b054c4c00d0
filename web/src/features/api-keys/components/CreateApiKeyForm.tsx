import { useId, type FormEvent } from 'react'
import { Field } from '@/components/form/Field'
import { FormAlert, fieldErrorsOf } from '@/components/form/FormAlert'
import { SelectField } from '@/components/form/SelectField'
import { useCreateApiKey, type ApiKeyCreated, type CreateApiKeyInput } from '../api/create-api-key'

const fields = ['name', 'team'] as const
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
  const errors = fieldErrorsOf(create.error)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const input = {
      name: String(data.get('name')),
      team: optional(data.get('team')),
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
        <Field label="Team (optional)" name="team" autoComplete="off" errors={errors.team} />
        <SelectField label="Default environment" name="environment" options={environments} defaultValue="" />
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create key'}
        </button>
      </form>
    </section>
  )
}
