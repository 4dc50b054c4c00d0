import type { Member } from '../api/list-members'
import { MemberRow } from './MemberRow'

type MembersTableProps = {
  members: Member[]
  currentUserId: string
  canManage: boolean
  canManageOwners: boolean
}

export function MembersTable({ members, currentUserId, canManage, canManageOwners }: MembersTableProps) {
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Joined</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <MemberRow
            key={member.userId}
            member={member}
            isYou={member.userId === currentUserId}
            canManage={canManage}
            canManageOwners={canManageOwners}
          />
        ))}
      </tbody>
    </table>
  )
}
