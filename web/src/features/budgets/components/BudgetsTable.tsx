import { useEffect } from 'react'
import { useLocation } from 'react-router'
import { TableHead } from '@/components/TableHead'
import type { Budget } from '../api/list-budgets'
import { budgetAnchor, budgetColumns, BudgetRow } from './BudgetRow'

type BudgetsTableProps = {
  budgets: Budget[]
  canManage: boolean
  /** After a budget is deleted its row goes away; focus goes where this says. */
  onDeleted: () => void
  usagePath?: string
}

export function BudgetsTable({ budgets, canManage, onDeleted, usagePath }: BudgetsTableProps) {
  const { hash } = useLocation()
  // The rows arrive after the page: scroll to the one a link names once it is there.
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'center' })
  }, [hash, budgets])
  if (budgets.length === 0) return <p className="muted">No budget yet.</p>
  return (
    <table className="table budgets-table" aria-label="Budgets">
      <TableHead columns={budgetColumns} withActions={canManage} />
      <tbody>
        {budgets.map((budget) => (
          <BudgetRow
            key={budget.id}
            budget={budget}
            canManage={canManage}
            onDeleted={onDeleted}
            selected={hash === `#${budgetAnchor(budget.id)}`}
            usagePath={usagePath}
          />
        ))}
      </tbody>
    </table>
  )
}
