import { TableHead } from '@/components/TableHead'
import type { Budget } from '../api/list-budgets'
import { budgetColumns, BudgetRow } from './BudgetRow'

type BudgetsTableProps = { budgets: Budget[]; canManage: boolean }

export function BudgetsTable({ budgets, canManage }: BudgetsTableProps) {
  if (budgets.length === 0) return <p className="muted">No budget yet.</p>
  return (
    <table className="table" aria-label="Budgets">
      <TableHead columns={budgetColumns} withActions={canManage} />
      <tbody>
        {budgets.map((budget) => (
          <BudgetRow key={budget.id} budget={budget} canManage={canManage} />
        ))}
      </tbody>
    </table>
  )
}
