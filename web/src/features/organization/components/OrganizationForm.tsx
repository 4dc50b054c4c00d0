import type { FormEvent } from 'react'
import { Field } from '@/components/form/Field'
import { FormAlert, fieldErrorsOf } from '@/components/form/FormAlert'
import { SelectField } from '@/components/form/SelectField'
import type { Organization } from '../api/get-organization'
import { useUpdateOrganization, type UpdateOrganizationInput } from '../api/update-organization'
import { GatewayFields } from './GatewayFields'
import { planLabel } from './plan-usage'
import { timeZoneOptions } from './time-zones'

/** Shown beside their inputs; the time zone and plan selects' messages show in the alert above. */
const fields = ['name', 'rawRetentionDays', 'rollupRetentionDays', 'contentRetentionDays', 'gateway.openAi', 'gateway.anthropic'] as const

type OrganizationFormProps = { organization: Organization; plans: string[]; canEdit: boolean }

/** Owners change the settings; everyone else sees them in disabled controls. */
export function OrganizationForm({ organization, plans, canEdit }: OrganizationFormProps) {
  const update = useUpdateOrganization()
  const errors = fieldErrorsOf(update.error)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const days = (name: string) => Number(data.get(name))
    /** An emptied upstream is sent as "", which clears it back to the server's. */
    const upstream = (name: string) => String(data.get(name)).trim()
    update.mutate({
      name: String(data.get('name')),
      plan: String(data.get('plan')) as UpdateOrganizationInput['plan'],
      timeZone: String(data.get('timeZone')),
      rawRetentionDays: days('rawRetentionDays'),
      rollupRetentionDays: days('rollupRetentionDays'),
      contentRetentionDays: days('contentRetentionDays'),
      storeRequestContent: data.get('storeRequestContent') === 'on',
      membersSeeContent: data.get('membersSeeContent') === 'on',
      gateway: { openAi: upstream('gateway.openAi'), anthropic: upstream('gateway.anthropic') },
    })
  }

  const retention = (label: string, name: (typeof fields)[number], value: number) => (
    <Field label={label} name={name} type="number" min={1} max={3650} required defaultValue={value} errors={errors[name]} />
  )

  return (
    <form onSubmit={onSubmit} aria-label="Organization settings">
      <fieldset disabled={!canEdit} className="plain-fieldset">
        <FormAlert error={update.error} fields={fields} />
        <div className="form-grid">
          <Field label="Name" name="name" required maxLength={200} defaultValue={organization.name} errors={errors.name} />
          <SelectField
            label="Time zone"
            name="timeZone"
            options={timeZoneOptions(organization.timeZone)}
            defaultValue={organization.timeZone}
          />
          <SelectField
            label="Plan"
            name="plan"
            options={plans.map((plan) => ({ value: plan, label: planLabel(plan) }))}
            defaultValue={organization.plan}
          />
        </div>
        <h3>Retention (days)</h3>
        <div className="form-grid">
          {retention('Raw events', 'rawRetentionDays', organization.rawRetentionDays)}
          {retention('Rollups (dashboards)', 'rollupRetentionDays', organization.rollupRetentionDays)}
          {retention('Request content', 'contentRetentionDays', organization.contentRetentionDays)}
        </div>
        <h3>Request content</h3>
        <p className="muted">
          Input and output text sent on events is kept only when this is on, truncated and with secrets redacted. Never
          send personal data.
        </p>
        <label className="choice">
          <input type="checkbox" name="storeRequestContent" defaultChecked={organization.storeRequestContent} /> Store
          request content
        </label>
        <label className="choice">
          <input type="checkbox" name="membersSeeContent" defaultChecked={organization.membersSeeContent} /> Members may
          see request content (owners and admins always may)
        </label>
        <GatewayFields gateway={organization.gateway} errors={errors} />
        {canEdit && (
          <div className="button-row">
            <button type="submit" disabled={update.isPending}>
              {update.isPending ? 'Saving…' : 'Save'}
            </button>
            {update.isSuccess && (
              <span role="status" className="muted">
                Saved.
              </span>
            )}
          </div>
        )}
      </fieldset>
    </form>
  )
}
