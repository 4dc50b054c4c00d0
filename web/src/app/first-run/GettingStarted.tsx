import { useId } from 'react'
import { SendTelemetryHint } from '@/features/ingest/components/SendTelemetryHint'
import { ConnectProviderHint } from '@/features/providers/components/ConnectProviderHint'
import { Permission, useCan } from '@/lib/session/permissions'
import { onboardingStepLinks } from '../navigation'
import { TryDemoData } from './TryDemoData'

/** What an empty Overview says: the three ways to get data in. */
export function GettingStarted() {
  const headingId = useId()
  const canLoadDemo = useCan(Permission.dataManage)
  return (
    <section className="card getting-started" aria-labelledby={headingId}>
      <h2 id={headingId}>No data in this range yet</h2>
      <p className="muted">
        AIntops reads what your providers bill and what your applications report, and is best with both. Start with
        either, or look around with demo data.
      </p>
      <ol className="getting-started-steps">
        <li>
          <h3>Connect a provider</h3>
          <ConnectProviderHint providersLink={onboardingStepLinks.connect_provider} />
        </li>
        <li>
          <h3>Send telemetry</h3>
          <SendTelemetryHint apiKeysLink={onboardingStepLinks.create_api_key} />
        </li>
        <li>
          <h3>Try demo data</h3>
          <p>
            A week of sample calls fills every view. They are marked as demo, never mix into real figures, and can be
            removed in one click.
          </p>
          {canLoadDemo ? <TryDemoData /> : <p className="muted">Owners and admins can load it.</p>}
        </li>
      </ol>
    </section>
  )
}
