import { useId } from 'react'
import { QueryState } from '@/components/QueryState'
import { Permission, useCan } from '@/lib/session/permissions'
import { useOrganization } from '../api/get-organization'
import { useUsage } from '../api/get-usage'
import { usePlans } from '../api/list-plans'
import { OrganizationForm } from '../components/OrganizationForm'
import { planLabel } from '../components/plan-usage'
import { PlansTable } from '../components/PlansTable'
import { UsageMeter } from '../components/UsageMeter'

export function OrganizationSettingsPage() {
  const planHeading = useId()
  const settingsHeading = useId()
  const plansHeading = useId()
  const organization = useOrganization()
  const usage = useUsage()
  const plans = usePlans()
  const canEdit = useCan(Permission.ownersManage)

  return (
    <div className="stack">
      <h1>Organization</h1>
      {!canEdit && <p className="muted">Only owners can change these settings. You can see them here.</p>}
      <section className="card" aria-labelledby={planHeading}>
        <h2 id={planHeading}>Plan and usage</h2>
        <QueryState query={usage} what="usage">
          {(data) => (
            <>
              <p>
                Plan: <strong>{planLabel(data.plan)}</strong>
              </p>
              <UsageMeter usage={data} />
            </>
          )}
        </QueryState>
      </section>
      <section className="card" aria-labelledby={settingsHeading}>
        <h2 id={settingsHeading}>Settings</h2>
        <QueryState query={organization} what="the organization">
          {(data) => (
            <OrganizationForm
              key={data.id}
              organization={data}
              plans={plans.data?.plans.map((plan) => plan.name) ?? [data.plan]}
              canEdit={canEdit}
            />
          )}
        </QueryState>
      </section>
      <section className="card" aria-labelledby={plansHeading}>
        <h2 id={plansHeading}>Plans</h2>
        <QueryState query={plans} what="the plans">
          {(data) => <PlansTable plans={data} current={organization.data?.plan ?? ''} />}
        </QueryState>
      </section>
    </div>
  )
}
