import { useId, useRef } from 'react'
import { Permission, useCan } from '@/lib/session/permissions'
import { useBudgets } from '../api/list-budgets'
import { BudgetForm } from '../components/BudgetForm'
import { BudgetsTable } from '../components/BudgetsTable'
import { EvaluateBudgetsButton } from '../components/EvaluateBudgetsButton'

/** `usagePath`: the Usage page, which each budget's scope links to. */
export function BudgetsPage({ usagePath }: { usagePath?: string }) {
  const canManage = useCan(Permission.budgetsManage)
  const budgets = useBudgets()
  const formHeadingId = useId()
  const list = useRef<HTMLElement>(null)
  const focusList = () => list.current?.focus()

  return (
    <div className="stack">
      <div className="page-header">
        <h1>Budgets</h1>
        {canManage && <EvaluateBudgetsButton />}
      </div>
      <p className="muted">
        A scheduled job evaluates each budget against its period’s spend, with a forecast to the period’s end.
        Crossing the warning or critical threshold raises an alert.
      </p>
      <section ref={list} tabIndex={0} className="card table-card" aria-label="Budget list">
        {budgets.isPending && <p className="muted">Loading budgets…</p>}
        {budgets.isError && (
          <div role="alert" className="alert">
            Could not load budgets: {budgets.error.message}
          </div>
        )}
        {budgets.data && <BudgetsTable budgets={budgets.data} canManage={canManage} onDeleted={focusList} usagePath={usagePath} />}
      </section>
      {canManage ? (
        <section className="card" aria-labelledby={formHeadingId}>
          <h2 id={formHeadingId}>Add a budget</h2>
          <BudgetForm onDone={focusList} />
        </section>
      ) : (
        <p className="card">Only owners and admins can add, change, evaluate or delete budgets.</p>
      )}
    </div>
  )
}
