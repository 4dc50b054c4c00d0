import { useState, type FormEvent } from 'react'
import { Field } from '@/components/form/Field'

export function RenameDashboard({ name, onRename }: { name: string; onRename: (name: string) => void }) {
  const [editing, setEditing] = useState(false)
  if (!editing) {
    return (
      <button type="button" className="secondary" onClick={() => setEditing(true)}>
        Rename
      </button>
    )
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const next = String(new FormData(event.currentTarget).get('name') ?? '').trim()
    if (next) onRename(next)
    setEditing(false)
  }
  return (
    <form className="inline-form" aria-label="Rename dashboard" onSubmit={submit}>
      <Field label="Dashboard name" name="name" defaultValue={name} required maxLength={100} autoFocus />
      <button type="submit">Save name</button>
      <button type="button" className="secondary" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  )
}
