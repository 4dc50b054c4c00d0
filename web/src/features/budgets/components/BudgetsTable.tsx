import { TableHead } from '@/components/TableHead'
import type { Budget } from '../api/list-budgets'
import { budgetColumns, BudgetRow } from './BudgetRow'

type BudgetsTableProps = {
  budgets: Budget[]
  canManage: boolean
  /** After a budget is deleted its row goes away; focus goes where this says. */
  onDeleted: () => void
}

export function BudgetsTable({ budgets, canManage, onDeleted }: BudgetsTableProps) {
  if (budgets.length === 0) return <p className="muted">No budget yet.</p>
  return (
    <table className="table" aria-label="Budgets">
      <TableHead columns={budgetColumns} withActions={canManage} />
      <tbody>
        {budgets.map((budget) => (
          <BudgetRow key={budget.id} budget={budget} canManage={canManage} onDeleted={onDeleted} />
        ))}
      </tbody>
    </table>
  )
}
