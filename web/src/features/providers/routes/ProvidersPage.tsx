import { Permission, useCan } from '@/lib/session/permissions'
import { useProviders } from '../api/list-providers'
import { ConnectProviderForm } from '../components/ConnectProviderForm'
import { ProvidersTable } from '../components/ProvidersTable'

export function ProvidersPage() {
  const canManage = useCan(Permission.providersManage)
  const providers = useProviders()

  return (
    <div className="stack">
      <h1>Providers</h1>
      <p className="muted">
        Connected providers report their <strong>billed</strong> usage and cost, pulled every hour from their admin
        APIs. Where a bill covers a day it is that provider's total, and the telemetry your applications send attributes it to
        teams, users and features; nothing is counted twice.
      </p>
      {canManage ? (
        <ConnectProviderForm />
      ) : (
        <p className="card">Only owners and admins can connect, sync, rotate or disconnect providers.</p>
      )}
      <section tabIndex={0} className="card table-card" aria-label="Connected providers">
        {providers.isPending && <p className="muted">Loading providers…</p>}
        {providers.isError && (
          <div role="alert" className="alert">
            Could not load providers: {providers.error.message}
          </div>
        )}
        {providers.data && <ProvidersTable connections={providers.data} canManage={canManage} />}
      </section>
    </div>
  )
}
