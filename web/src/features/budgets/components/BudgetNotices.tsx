import { useId } from 'react'
import { Link } from 'react-router'
import { formatPercent, formatUsd } from '@/lib/format'
import { useBudgets, type Budget } from '../api/list-budgets'
import { budgetAnchor } from './BudgetRow'
import { states } from './budget-fields'

/** Exceeded once spend reaches the amount, else the state of the last evaluation. */
const noticeOf = (budget: Budget) =>
  budget.percentUsed >= 100 ? { label: 'Exceeded', badge: 'error' } : budget.state && budget.state !== 'ok' ? states[budget.state] : undefined

/** Budgets near or over their thresholds (warning, critical or exceeded), each linking to its row on the Budgets page. */
export function BudgetNotices({ budgetsPath }: { budgetsPath: string }) {
  const budgets = useBudgets()
  const headingId = useId()
  const noticed = (budgets.data ?? []).flatMap((budget) => {
    const notice = budget.evaluatedAt ? noticeOf(budget) : undefined
    return notice ? [{ budget, notice }] : []
  })
  if (noticed.length === 0) return null
  return (
    <section className="budget-notices" aria-labelledby={headingId}>
      <h2 id={headingId}>Budgets to watch</h2>
      <ul>
        {noticed.map(({ budget, notice }) => (
          <li key={budget.id}>
            <span className={`badge ${notice.badge}`}>{notice.label}</span>{' '}
            <Link to={`${budgetsPath}#${budgetAnchor(budget.id)}`}>{budget.name}</Link>{' '}
            <span className="muted">
              {formatUsd(budget.spendUsd)} of {formatUsd(budget.amountUsd)} ({formatPercent(budget.percentUsed / 100)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
