import { useId } from 'react'
import { Permission, useCan } from '@/lib/session/permissions'
import { ClearData } from '../components/ClearData'
import { IngestChecklist } from '../components/IngestChecklist'
import { LoadDemoData } from '../components/LoadDemoData'

export function DataHygienePage() {
  const demoHeadingId = useId()
  const canManage = useCan(Permission.dataManage)

  return (
    <div className="stack">
      <h1>Data hygiene</h1>
      <IngestChecklist />
      <section className="card" aria-labelledby={demoHeadingId}>
        <h2 id={demoHeadingId}>Demo data</h2>
        <p className="muted">Sample requests to explore AIntops before your own telemetry arrives.</p>
        {canManage ? (
          <LoadDemoData label="Load demo data" />
        ) : (
          <p>Only owners and admins can load demo data.</p>
        )}
      </section>
      <ClearData canClearWorkspace={canManage} />
    </div>
  )
}
