import { TableHead } from '@/components/TableHead'
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
      <TableHead columns={['Name', 'Email', 'Role', 'Joined']} withActions />
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
