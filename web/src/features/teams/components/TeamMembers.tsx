import type { FormEvent } from 'react'
import { FormAlert } from '@/components/form/FormAlert'
import { SelectField } from '@/components/form/SelectField'
import type { Team } from '@/lib/teams'
import { useOrganizationMembers } from '../api/list-members'
import { useAddTeamMember, useRemoveTeamMember } from '../api/team-mutations'

/** Who belongs to the team; owners and admins add the organization's members and remove them. */
export function TeamMembers({ team, canManage }: { team: Team; canManage: boolean }) {
  const members = team.members ?? []
  const organization = useOrganizationMembers({ enabled: canManage })
  const add = useAddTeamMember()
  const remove = useRemoveTeamMember()
  const candidates = (organization.data ?? []).filter((m) => !members.some((t) => t.userId === m.userId))

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const userId = String(new FormData(event.currentTarget).get('userId') ?? '')
    if (userId) add.mutate({ teamId: team.id, userId })
  }

  return (
    <section className="card" aria-labelledby="team-members">
      <h2 id="team-members">Members</h2>
      <FormAlert error={add.error ?? remove.error} fields={[]} />
      {members.length === 0 ? (
        <p className="muted">No members yet.</p>
      ) : (
        <ul className="plain-list">
          {members.map((member) => (
            <li key={member.userId}>
              {member.name} <span className="muted">{member.email}</span>{' '}
              {canManage && (
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Remove ${member.name} from ${team.name}`}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ teamId: team.id, userId: member.userId })}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && candidates.length > 0 && (
        <form className="inline-form" onSubmit={onAdd} aria-label={`Add a member to ${team.name}`}>
          <SelectField
            label="Member"
            name="userId"
            options={candidates.map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))}
          />
          <button type="submit" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add to team'}
          </button>
        </form>
      )}
    </section>
  )
}
