import { Permission, useCan } from '@/lib/session/permissions'
import { useMe } from '@/lib/session/me'
import { useMembers } from '../api/list-members'
import { InviteMemberForm } from '../components/InviteMemberForm'
import { MembersTable } from '../components/MembersTable'
import { OpenInvitations } from '../components/OpenInvitations'

export function MembersPage() {
  const { data: me } = useMe()
  const members = useMembers()
  const canManage = useCan(Permission.membersManage)
  const canManageOwners = useCan(Permission.ownersManage)

  return (
    <div className="stack">
      <h1>Members</h1>
      {!canManage && (
        <p className="muted">Only owners and admins can invite people or change members. You can see who is here.</p>
      )}
      {canManage && <InviteMemberForm canInviteOwners={canManageOwners} />}
      <section tabIndex={0} className="card table-card" aria-label="Members">
        {members.isPending && <p className="muted">Loading members…</p>}
        {members.isError && (
          <div role="alert" className="alert">
            Could not load members: {members.error.message}
          </div>
        )}
        {members.data && (
          <MembersTable
            members={members.data}
            currentUserId={me?.user.id ?? ''}
            canManage={canManage}
            canManageOwners={canManageOwners}
          />
        )}
      </section>
      {canManage && <OpenInvitations />}
    </div>
  )
}
