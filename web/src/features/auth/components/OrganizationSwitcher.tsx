import { useId } from 'react'
import { useMe } from '@/lib/session/me'
import { useSwitchOrganization } from '../api/switch-organization'
import { NewOrganizationDialog } from './NewOrganizationDialog'

export function OrganizationSwitcher() {
  const id = useId()
  const { data: me } = useMe()
  const switchOrganization = useSwitchOrganization()
  if (!me) return null
  const memberships = me.memberships ?? []

  if (memberships.length < 2)
    return (
      <div className="organization-switcher">
        <span className="organization-name">{me.organization.name}</span>
        <NewOrganizationDialog />
      </div>
    )
  return (
    <div className="organization-switcher">
      <label htmlFor={id}>Organization</label>
      <select
        id={id}
        value={me.organization.id}
        disabled={switchOrganization.isPending}
        onChange={(event) => switchOrganization.mutate(event.target.value)}
      >
        {memberships.map((membership) => (
          <option key={membership.organizationId} value={membership.organizationId}>
            {membership.organizationName} ({membership.role})
          </option>
        ))}
      </select>
      <NewOrganizationDialog />
      {switchOrganization.isError && (
        <p role="alert" className="field-errors">
          Could not switch: {switchOrganization.error.message}
        </p>
      )}
    </div>
  )
}
