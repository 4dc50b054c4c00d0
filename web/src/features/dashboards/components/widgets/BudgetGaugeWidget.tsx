import { QueryState } from '@/components/QueryState'
import { formatDay, formatOptional, formatPercent, formatUsd } from '@/lib/format'
import { useBudgets, type Budget } from '../../api/get-governance'

const states: Record<string, { label: string; badge: string }> = {
  ok: { label: 'On track', badge: 'ok' },
  warning: { label: 'Warning', badge: 'warn' },
  critical: { label: 'Critical', badge: 'error' },
}

/** Each budget's spend against its thresholds, with the period-end forecast. */
export function BudgetGaugeWidget() {
  const query = useBudgets()
  return (
    <QueryState query={query} what="budgets" isEmpty={(d) => d.length === 0} empty="No budgets yet">
      {(budgets) => (
        <ul className="plain-list" aria-label="Budgets">
          {budgets.map((b) => (
            <BudgetGauge key={b.id} budget={b} />
          ))}
        </ul>
      )}
    </QueryState>
  )
}

function BudgetGauge({ budget: b }: { budget: Budget }) {
  const used = Math.min(1, (b.percentUsed ?? 0) / 100)
  return (
    <li>
      <div className="gauge-title">
        <strong>{b.name}</strong>
        {b.state && <span className={`badge ${states[b.state]?.badge ?? ''}`}>{states[b.state]?.label ?? b.state}</span>}
      </div>
      <div
        className="gauge"
        role="meter"
        aria-label={`${b.name} spend`}
        aria-valuemin={0}
        aria-valuemax={b.amountUsd}
        aria-valuenow={b.spendUsd ?? 0}
      >
        <span className="gauge-fill" style={{ width: `${used * 100}%` }} />
        <span className="gauge-mark" style={{ left: `${Math.min(100, (b.warningThresholdUsd / b.amountUsd) * 100)}%` }} />
        <span className="gauge-mark" style={{ left: `${Math.min(100, (b.criticalThresholdUsd / b.amountUsd) * 100)}%` }} />
      </div>
      <p className="muted">
        {formatUsd(b.spendUsd ?? 0)} of {formatUsd(b.amountUsd)} ({formatOptional(b.percentUsed, (p) => formatPercent(p / 100))}); forecast{' '}
        {formatOptional(b.forecastUsd, formatUsd)}
        {b.projectedBreachAt && `, critical on ${formatDay(b.projectedBreachAt)}`}
      </p>
    </li>
  )
}
