import { RowEditButtons, RowEditPanels, useRowEditing } from '@/components/RowEditPanels'
import { formatDay, formatOptional, formatPercent, formatShortDateTime, formatUsd, noValue } from '@/lib/format'
import { useDeleteBudget } from '../api/delete-budget'
import type { Budget } from '../api/list-budgets'
import { BudgetForm } from './BudgetForm'
import { periodLabel, sourceLabel, states } from './budget-fields'

type BudgetRowProps = { budget: Budget; canManage: boolean; onDeleted: () => void }

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

export function BudgetRow({ budget, canManage, onDeleted }: BudgetRowProps) {
  const { editing, open, close, closeAsRowGoes, openerRef } = useRowEditing()
  const remove = useDeleteBudget()
  const evaluated = Boolean(budget.evaluatedAt)
  const state = budget.state ? states[budget.state] : undefined
  const columnCount = budgetColumns.length + (canManage ? 1 : 0)

  return (
    <>
      <tr>
        <td>{budget.name}</td>
        <td>{periodLabel(budget.period)}</td>
        <td>{scopeText(budget)}</td>
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
            {!editing && <RowEditButtons open={open} openerRef={openerRef} />}
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
