import { RunNowButton } from '@/components/RunNowButton'
import { useEvaluateBudgets } from '../api/evaluate-budgets'

export function EvaluateBudgetsButton() {
  const evaluate = useEvaluateBudgets()
  return (
    <RunNowButton
      label="Evaluate now"
      pendingLabel="Evaluating…"
      failure="Could not evaluate the budgets"
      run={evaluate}
      onRun={() => evaluate.mutate()}
    />
  )
}
