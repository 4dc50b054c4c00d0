import { useState } from 'react'
import { ConfirmInline } from '@/components/ConfirmInline'
import type { Member } from '../api/list-members'
import { useChangeMemberRole, type ChangeMemberRoleInput } from '../api/change-member-role'
import { useRemoveMember } from '../api/remove-member'
import { assignableRoles } from './roles'

type MemberRowProps = {
  member: Member
  isYou: boolean
  canManage: boolean
  canManageOwners: boolean
}

export function MemberRow({ member, isYou, canManage, canManageOwners }: MemberRowProps) {
  const [confirming, setConfirming] = useState(false)
  const changeRole = useChangeMemberRole()
  const remove = useRemoveMember()
  const editable = canManage && (member.role !== 'owner' || canManageOwners)
  const error = changeRole.error ?? remove.error
  const name = member.name ?? member.email ?? 'this member'
  const shownRole = changeRole.isPending ? changeRole.variables.role : member.role

  function changeTo(role: ChangeMemberRoleInput['role']) {
    remove.reset()
    changeRole.mutate({ userId: member.userId, role })
  }

  function confirmRemove() {
    changeRole.reset()
    remove.mutate(member.userId, { onSettled: () => setConfirming(false) })
  }

  return (
    <>
      <tr>
        <td>
          {member.name} {isYou && <span className="muted">(you)</span>}
        </td>
        <td>{member.email}</td>
        <td>
          {editable ? (
            <select
              aria-label={`Role of ${name}`}
              value={shownRole ?? ''}
              disabled={changeRole.isPending}
              onChange={(event) => changeTo(event.target.value as ChangeMemberRoleInput['role'])}
            >
              {assignableRoles(canManageOwners).map((role) => (
                <option key={role} value={role}>
                  {role}
                </option>
              ))}
            </select>
          ) : (
            member.role
          )}
        </td>
        <td>{new Date(member.joinedAt).toLocaleDateString()}</td>
        <td className="row-actions">
          {editable && !confirming && (
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              Remove
            </button>
          )}
          {confirming && (
            <ConfirmInline
              label={`Confirm removing ${name}`}
              question={`Remove ${isYou ? 'yourself' : name}?`}
              confirm="Yes, remove"
              pending={remove.isPending}
              pendingText="Removing…"
              onConfirm={confirmRemove}
              onCancel={() => setConfirming(false)}
            />
          )}
        </td>
      </tr>
      {error && (
        <tr className="row-error">
          <td colSpan={5} role="alert">
            {changeRole.isError ? `Could not change the role of ${name}` : `Could not remove ${name}`}: {error.message}
          </td>
        </tr>
      )}
    </>
  )
}
