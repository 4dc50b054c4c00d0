import { useId, useRef, type FormEvent } from 'react'
import { Field } from '@/components/form/Field'
import { FormAlert, fieldErrorsOf } from '@/components/form/FormAlert'
import { useCreateOrganization } from '../api/create-organization'
import { useSwitchOrganization } from '../api/switch-organization'

const fields = ['name'] as const

/** "New organization…": a small modal asking for the name; the new organization is owned by the caller, who then switches to it. */
export function NewOrganizationDialog() {
  const headingId = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const create = useCreateOrganization()
  const switchOrganization = useSwitchOrganization()
  const pending = create.isPending || switchOrganization.isPending

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const name = String(new FormData(event.currentTarget).get('name'))
    create.mutate({ name }, { onSuccess: ({ id }) => switchOrganization.mutate(id, { onSuccess: close }) })
  }

  const close = () => {
    create.reset()
    dialog.current?.close()
  }

  return (
    <>
      <button type="button" className="secondary" onClick={() => dialog.current?.showModal()}>
        New organization…
      </button>
      <dialog ref={dialog} aria-labelledby={headingId} className="new-organization-dialog" onClose={() => create.reset()}>
        <h2 id={headingId}>New organization</h2>
        <p className="muted">You will own it, with its own members, keys and data. You stay a member of this one.</p>
        <form onSubmit={onSubmit}>
          <FormAlert error={create.error ?? switchOrganization.error} fields={fields} />
          <Field
            label="Organization name"
            name="name"
            required
            maxLength={200}
            autoComplete="off"
            errors={fieldErrorsOf(create.error).name}
          />
          <div className="button-row">
            <button type="submit" disabled={pending}>
              {pending ? 'Creating…' : 'Create and switch'}
            </button>
            <button type="button" className="secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
  )
}
