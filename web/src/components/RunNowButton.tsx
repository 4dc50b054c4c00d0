import type { ReactNode } from 'react'

type RunNowButtonProps = {
  label: string
  pendingLabel: string
  /** Leads the error message, e.g. "Could not evaluate the budgets". */
  failure: string
  run: { isPending: boolean; error: Error | null }
  onRun: () => void
  /** What the last run found, shown under the button. */
  outcome?: ReactNode
}

/**
 * Runs a scheduled job now (evaluate budgets, generate recommendations, detect anomalies), with its outcome or error.
 * While it runs the button is only marked disabled, so it keeps keyboard focus.
 */
export function RunNowButton({ label, pendingLabel, failure, run, onRun, outcome }: RunNowButtonProps) {
  return (
    <div>
      <button type="button" onClick={() => run.isPending || onRun()} aria-disabled={run.isPending}>
        {run.isPending ? pendingLabel : label}
      </button>
      {outcome && (
        <p role="status" className="muted">
          {outcome}
        </p>
      )}
      {run.error && (
        <p role="alert" className="field-errors">
          {failure}: {run.error.message}
        </p>
      )}
    </div>
  )
}
