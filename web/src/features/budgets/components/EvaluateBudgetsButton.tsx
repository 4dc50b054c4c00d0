import { useEvaluateBudgets } from '../api/evaluate-budgets'

export function EvaluateBudgetsButton() {
  const evaluate = useEvaluateBudgets()
  return (
    <div>
      <button type="button" onClick={() => evaluate.mutate()} disabled={evaluate.isPending}>
        {evaluate.isPending ? 'Evaluating…' : 'Evaluate now'}
      </button>
      {evaluate.error && (
        <p role="alert" className="field-errors">
          Could not evaluate the budgets: {evaluate.error.message}
        </p>
      )}
    </div>
  )
}
