import { useId } from 'react'
import { Permission, useCan } from '@/lib/session/permissions'
import { useTeams } from '@/lib/teams'
import { TeamForm } from '../components/TeamForm'
import { TeamsTable } from '../components/TeamsTable'

export function TeamsPage() {
  const headingId = useId()
  const teams = useTeams()
  const canManage = useCan(Permission.membersManage)

  return (
    <div className="stack">
      <h1>Teams</h1>
      <p className="muted">
        A team gathers the <code>team</code> values your events send (its telemetry keys) under one name, in usage, filters,
        budgets and reports. Keys that belong to no team show as they are.
      </p>
      {canManage ? (
        <section className="card" aria-labelledby={headingId}>
          <h2 id={headingId}>Create a team</h2>
          <TeamForm />
        </section>
      ) : (
        <p className="muted">Only owners and admins can create or change teams.</p>
      )}
      <section tabIndex={0} className="card table-card" aria-label="Teams">
        {teams.isPending && <p className="muted">Loading teams…</p>}
        {teams.isError && (
          <div role="alert" className="alert">
            Could not load teams: {teams.error.message}
          </div>
        )}
        {teams.data && <TeamsTable teams={teams.data} canManage={canManage} />}
      </section>
    </div>
  )
}
