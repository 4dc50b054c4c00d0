import { Link } from 'react-router'
import { TableHead } from '@/components/TableHead'
import { formatCount, formatUsd } from '@/lib/format'
import type { UserUsage } from '../api/get-top-users'
import { userLabel } from './labels'

const columns = ['User', ...['Spend', 'Requests', 'Input tokens', 'Output tokens'].map((label) => ({ label, numeric: true }))]

type TopUsersTableProps = { label: string; users: UserUsage[]; requestsOf?: (userId: string) => string }

export function TopUsersTable({ label, users, requestsOf }: TopUsersTableProps) {
  return (
    <table className="table compact" aria-label={label}>
      <TableHead columns={columns} />
      <tbody>
        {users.map((user) => (
          <tr key={user.userId}>
            <th scope="row">
              {requestsOf ? (
                <Link to={requestsOf(user.userId)} title={`Requests of ${userLabel(user.userId)}`}>
                  {userLabel(user.userId)}
                </Link>
              ) : (
                userLabel(user.userId)
              )}
            </th>
            <td className="number">{formatUsd(user.spendUsd)}</td>
            <td className="number">{formatCount(user.requests)}</td>
            <td className="number">{formatCount(user.inputTokens)}</td>
            <td className="number">{formatCount(user.outputTokens)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
