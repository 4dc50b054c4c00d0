import { useState, type FormEvent } from 'react'
import { Field } from '@/components/form/Field'
import { FormAlert, fieldErrorsOf } from '@/components/form/FormAlert'
import type { Dashboard } from '../api/list-dashboards'
import { useCreateDashboard } from '../api/create-dashboard'

export function NewDashboard({ onCreated }: { onCreated: (dashboard: Dashboard) => void }) {
  const [open, setOpen] = useState(false)
  const create = useCreateDashboard()
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        New dashboard
      </button>
    )
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim()
    create.mutate(
      { name, widgets: [] },
      {
        onSuccess: (dashboard) => {
          setOpen(false)
          onCreated(dashboard)
        },
      },
    )
  }
  return (
    <form className="inline-form" aria-label="New dashboard" onSubmit={submit}>
      <FormAlert error={create.error} fields={['name']} />
      <Field label="New dashboard name" name="name" required maxLength={100} errors={fieldErrorsOf(create.error).name} />
      <button type="submit" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create'}
      </button>
      <button type="button" className="secondary" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  )
}
