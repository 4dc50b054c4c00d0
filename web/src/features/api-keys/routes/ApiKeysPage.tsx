import { useState } from 'react'
import { Permission, useCan } from '@/lib/session/permissions'
import type { ApiKeyCreated } from '../api/create-api-key'
import { useApiKeys } from '../api/list-api-keys'
import { ApiKeysTable } from '../components/ApiKeysTable'
import { CreateApiKeyForm } from '../components/CreateApiKeyForm'
import { RevealedKey, type Revealed } from '../components/RevealedKey'

export function ApiKeysPage() {
  const canManage = useCan(Permission.apiKeysManage)
  const apiKeys = useApiKeys({ enabled: canManage })
  const [revealed, setRevealed] = useState<Revealed | null>(null)
  const reveal = (rotated: boolean) => (apiKey: ApiKeyCreated) => setRevealed({ apiKey, rotated })

  return (
    <div className="stack">
      <h1>API keys</h1>
      <p className="muted">
        Your applications send telemetry to <code>POST /v1/ingest</code>, or OpenTelemetry spans to{' '}
        <code>/otlp/v1/traces</code>, with one of these keys in the <code>X-API-Key</code> header.
      </p>
      {!canManage ? (
        <p className="card">
          Only owners and admins can see, create, rotate or revoke API keys. Ask one of them for a key for your
          application.
        </p>
      ) : (
        <>
          <CreateApiKeyForm onCreated={reveal(false)} />
          {revealed && (
            <RevealedKey key={revealed.apiKey.prefix} {...revealed} onDone={() => setRevealed(null)} />
          )}
          <section tabIndex={0} className="card table-card" aria-label="API keys">
            {apiKeys.isPending && <p className="muted">Loading API keys…</p>}
            {apiKeys.isError && (
              <div role="alert" className="alert">
                Could not load API keys: {apiKeys.error.message}
              </div>
            )}
            {apiKeys.data && <ApiKeysTable apiKeys={apiKeys.data} onRotated={reveal(true)} />}
          </section>
        </>
      )}
    </div>
  )
}
