import type { FormEvent } from 'react'
import { Field } from '@/components/form/Field'
import { fieldErrorsOf } from '@/components/form/FormAlert'
import type { ProviderConnection } from '../api/list-providers'
import { useReplaceProviderKey } from '../api/replace-provider-key'

type ReplaceKeyFormProps = { connection: ProviderConnection; onDone: () => void }

export function ReplaceKeyForm({ connection, onDone }: ReplaceKeyFormProps) {
  const replace = useReplaceProviderKey()
  const errors = fieldErrorsOf(replace.error)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const credentials = String(new FormData(event.currentTarget).get('credentials'))
    replace.mutate({ id: connection.id, credentials }, { onSuccess: onDone })
  }

  return (
    <form onSubmit={onSubmit} className="inline-form" aria-label={`New key for ${connection.name}`}>
      <Field
        label="New admin API key"
        name="credentials"
        type="password"
        autoComplete="off"
        required
        errors={errors.credentials ?? (replace.error ? [replace.error.message] : undefined)}
      />
      <button type="submit" disabled={replace.isPending}>
        {replace.isPending ? 'Checking the key…' : 'Save key'}
      </button>{' '}
      <button type="button" className="secondary" onClick={onDone}>
        Cancel
      </button>
    </form>
  )
}
