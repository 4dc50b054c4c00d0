import { Link } from 'react-router'
import { QueryState } from '@/components/QueryState'
import { TableHead } from '@/components/TableHead'
import { formatPercent, formatUsd } from '@/lib/format'
import { useBudgets } from '../api/team-analytics'
import { coversTeam } from './team-keys'

const columns = ['Budget', { label: 'Spend', numeric: true }, { label: 'Amount', numeric: true }, { label: 'Used', numeric: true }, 'State']

/** The budgets scoped to any of the team's keys, as the budget monitor last evaluated them. */
export function TeamBudgets({ keys }: { keys: readonly string[] }) {
  const budgets = useBudgets()
  return (
    <section tabIndex={0} className="card table-card" aria-label="Budgets">
      <h2>Budgets</h2>
      <QueryState query={budgets} what="budgets">
        {(all) => {
          const own = all.filter((budget) => coversTeam(keys, budget.scope))
          if (own.length === 0)
            return (
              <p className="muted">
                No budget is scoped to this team. <Link to="/budgets">Set one on the budgets page.</Link>
              </p>
            )
          return (
            <table className="table">
              <TableHead columns={columns} />
              <tbody>
                {own.map((budget) => (
                  <tr key={budget.id}>
                    <td>{budget.name}</td>
                    <td className="number">{formatUsd(budget.spendUsd)}</td>
                    <td className="number">{formatUsd(budget.amountUsd)}</td>
                    <td className="number">{formatPercent(budget.percentUsed / 100)}</td>
                    <td>{budget.state ? budget.state[0].toUpperCase() + budget.state.slice(1) : <span className="muted">Not evaluated</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }}
      </QueryState>
    </section>
  )
}
