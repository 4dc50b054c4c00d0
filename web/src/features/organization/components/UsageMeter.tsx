import { useId } from 'react'
import type { OrganizationUsage } from '../api/get-usage'
import { progressValue, resetText, usageText } from './plan-usage'

/** Requests used this month against the plan's limit, as a bar and as text. */
export function UsageMeter({ usage }: { usage: OrganizationUsage }) {
  const labelId = useId()
  const value = progressValue(usage)
  const text = usageText(usage)
  return (
    <div className="usage-meter">
      <p id={labelId}>
        <strong>Requests used this month</strong>
      </p>
      {value !== null && usage.monthlyRequestLimit !== null && (
        <div
          role="progressbar"
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={usage.monthlyRequestLimit}
          aria-valuenow={value}
          aria-valuetext={text}
          className={usage.limitReached ? 'meter full' : 'meter'}
        >
          <div style={{ width: `${Math.min(100, usage.percentUsed ?? 0)}%` }} />
        </div>
      )}
      <p>{text}</p>
      <p className="muted">
        {usage.limitReached ? 'Telemetry is paused until then or until the plan changes. ' : ''}
        {resetText(usage)}
      </p>
    </div>
  )
}
