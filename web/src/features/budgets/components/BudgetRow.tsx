import { Link } from 'react-router'
import { RowEditButtons, RowEditPanels, useRowEditing } from '@/components/RowEditPanels'
import { usageSearch } from '@/lib/analytics/drill-down'
import { formatDay, formatOptional, formatPercent, formatShortDateTime, formatUsd, noValue } from '@/lib/format'
import { useDeleteBudget } from '../api/delete-budget'
import type { Budget } from '../api/list-budgets'
import { BudgetForm } from './BudgetForm'
import { periodLabel, sourceLabel, states } from './budget-fields'

type BudgetRowProps = {
  budget: Budget
  canManage: boolean
  onDeleted: () => void
  /** The row the URL's hash names (#budget-<id>), as the Usage page's budget notices link to it. */
  selected: boolean
  /** The Usage page, where a budget's scope is shown over its period. */
  usagePath?: string
}

export const budgetColumns = [
  'Name',
  'Period',
  'Scope',
  { label: 'Amount', numeric: true },
  { label: 'Spend', numeric: true },
  { label: 'Used', numeric: true },
  'State',
  { label: 'Forecast', numeric: true },
  'Critical on',
  'Hard stop',
  'Source used',
  'Evaluated',
]

const scopeText = ({ scope, teamName }: Budget) =>
  scope.kind === 'all' ? 'All spend' : scope.kind === 'team' ? `Team ${teamName ?? scope.value}` : `Provider ${scope.value}`

/** The Usage filters of a budget: its provider or team, and its period as the range that matches it (month to date, or the last 30 days). */
export const budgetUsageSearch = ({ scope, period }: Budget) =>
  usageSearch({
    range: period === 'monthly' ? 'mtd' : '30d',
    ...(scope.kind === 'provider' || scope.kind === 'team' ? { [scope.kind]: scope.value ?? '' } : {}),
  })

export const budgetAnchor = (id: string) => `budget-${id}`

export function BudgetRow({ budget, canManage, onDeleted, selected, usagePath }: BudgetRowProps) {
  const { editing, open, close, closeAsRowGoes, openerRef } = useRowEditing()
  const remove = useDeleteBudget()
  const evaluated = Boolean(budget.evaluatedAt)
  const state = budget.state ? states[budget.state] : undefined
  const columnCount = budgetColumns.length + (canManage ? 1 : 0)

  return (
    <>
      <tr id={budgetAnchor(budget.id)} className={selected ? 'selected' : undefined}>
        <td>{budget.name}</td>
        <td>{periodLabel(budget.period)}</td>
        <td>
          {usagePath ? (
            <Link to={{ pathname: usagePath, search: budgetUsageSearch(budget) }} title="This scope's usage over the budget's period">
              {scopeText(budget)}
            </Link>
          ) : (
            scopeText(budget)
          )}
        </td>
        <td className="number">{formatUsd(budget.amountUsd)}</td>
        <td className="number">{evaluated ? formatUsd(budget.spendUsd) : noValue}</td>
        <td className="number">{evaluated ? formatPercent(budget.percentUsed / 100) : noValue}</td>
        <td>{state ? <span className={`badge ${state.badge}`}>{state.label}</span> : <span className="muted">Not evaluated</span>}</td>
        <td className="number">{formatOptional(budget.forecastUsd, formatUsd)}</td>
        <td>{formatOptional(budget.projectedBreachAt, formatDay)}</td>
        <td>{budget.hardStop ? 'Yes' : 'No'}</td>
        <td>{formatOptional(budget.evaluatedSource, sourceLabel)}</td>
        <td>{formatOptional(budget.evaluatedAt, formatShortDateTime)}</td>
        {canManage && (
          <td className="row-actions">
            {!editing && (
              <div>
                <RowEditButtons open={open} openerRef={openerRef} />
              </div>
            )}
          </td>
        )}
      </tr>
      <RowEditPanels
        name={budget.name}
        columnCount={columnCount}
        editing={editing}
        form={<BudgetForm budget={budget} onDone={close} />}
        deleteQuestion={`Delete ${budget.name}? Its past alerts stay in the inbox.`}
        deleting={remove}
        onDelete={() =>
          remove.mutate(budget.id, {
            onSuccess: () => {
              closeAsRowGoes()
              onDeleted()
            },
            onError: () => close(),
          })
        }
        onClose={close}
      />
    </>
  )
}
