import { formatCount, formatDayWithYear } from '@/lib/format'

type Usage = {
  plan: string
  requestsUsed: number
  monthlyRequestLimit: number | null
  percentUsed: number | null
  limitReached: boolean
  resetsAt: string
}

/** "free" → "Free". */
export const planLabel = (plan: string) => plan.charAt(0).toUpperCase() + plan.slice(1)

/** A plan's count: null is unlimited. */
export const formatAllowance = (count: number | null | undefined) =>
  count === null || count === undefined ? 'Unlimited' : formatCount(count)

/** E.g. "1,234 of 10,000 requests this month (12.3%)", or "1,234 requests this month; no limit on the Enterprise plan". */
export function usageText(usage: Usage): string {
  const used = formatCount(usage.requestsUsed)
  if (usage.monthlyRequestLimit === null)
    return `${used} ${usage.requestsUsed === 1 ? 'request' : 'requests'} this month; no limit on the ${planLabel(usage.plan)} plan`
  return `${used} of ${formatCount(usage.monthlyRequestLimit)} requests this month (${usage.percentUsed ?? 0}%)`
}

/** Usage resets at the start of next month, UTC. */
export const resetText = (usage: Usage) => `Usage resets on ${formatDayWithYear(usage.resetsAt)}.`

export function pausedText(usage: Usage): string {
  return (
    `Telemetry is paused: this organization used its ${formatCount(usage.monthlyRequestLimit ?? usage.requestsUsed)} requests ` +
    `of the ${planLabel(usage.plan)} plan this month. Provider billing sync continues. ${resetText(usage)}`
  )
}

/** The value a progress bar shows: never past its maximum, even when several servers overshoot the limit a little. */
export const progressValue = (usage: Usage) =>
  usage.monthlyRequestLimit === null ? null : Math.min(usage.requestsUsed, usage.monthlyRequestLimit)
