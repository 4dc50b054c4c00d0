import { useId, useState, type FormEvent } from 'react'
import { Field } from '@/components/form/Field'
import { FormAlert, fieldErrorsOf } from '@/components/form/FormAlert'
import { SelectField } from '@/components/form/SelectField'
import { useConnectProvider } from '../api/connect-provider'
import { providerOptions } from './providers'

const fields = ['provider', 'credentials', 'baseUrl'] as const

export function ConnectProviderForm() {
  const headingId = useId()
  const connect = useConnectProvider()
  const errors = fieldErrorsOf(connect.error)
  const [provider, setProvider] = useState(providerOptions[0])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const baseUrl = String(data.get('baseUrl') ?? '').trim()
    connect.mutate(
      { provider: provider.value, credentials: String(data.get('credentials')), baseUrl: baseUrl || null },
      { onSuccess: () => form.reset() },
    )
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Connect a provider</h2>
      <p className="muted">
        Paste an <strong>admin</strong> API key ({provider.keyHint}). It is checked with the provider first, stored
        encrypted, and never shown again. The first sync fetches the last 30 days; then every hour.
      </p>
      <form onSubmit={onSubmit} className="inline-form">
        <FormAlert error={connect.error} fields={fields} />
        <SelectField
          label="Provider"
          name="provider"
          options={providerOptions}
          value={provider.value}
          onChange={(event) => setProvider(providerOptions.find((p) => p.value === event.target.value)!)}
        />
        <Field
          label="Admin API key"
          name="credentials"
          type="password"
          autoComplete="off"
          required
          errors={errors.credentials}
        />
        <Field
          label="Base URL (optional)"
          name="baseUrl"
          type="url"
          placeholder={provider.defaultBaseUrl}
          autoComplete="off"
          errors={errors.baseUrl}
        />
        <button type="submit" disabled={connect.isPending}>
          {connect.isPending ? 'Checking the key…' : 'Connect'}
        </button>
      </form>
    </section>
  )
}
