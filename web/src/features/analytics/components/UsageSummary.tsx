import { useId } from 'react'
import { formatCount, formatPercent, formatSpend, noValue } from '@/lib/format'
import type { UsageExplorer } from '../api/get-usage-explorer'
import { explorerTotals, topProvider } from './usage-summary'

type UsageSummaryProps = {
  /** The explorer the page shows, whose totals the cards repeat. */
  explorer: UsageExplorer
  /** The same filters grouped by provider, for the top provider's share. */
  byProvider: UsageExplorer | undefined
}

/** Cost, requests, tokens and provider concentration for the current filters. */
export function UsageSummary({ explorer, byProvider }: UsageSummaryProps) {
  const id = useId()
  const totals = explorerTotals(explorer)
  const top = byProvider && topProvider(byProvider)
  const cards = [
    { label: 'Cost', value: formatSpend(totals.spendUsd, totals.unpricedRequests) },
    { label: 'Requests', value: formatCount(totals.requests) },
    { label: 'Tokens', value: formatCount(totals.totalTokens) },
    { label: 'Top provider share', value: top ? formatPercent(top.share) : noValue, note: top?.label },
  ]
  return (
    <dl className="usage-summary" aria-label="Usage summary">
      {cards.map(({ label, value, note }, index) => (
        <div className="card" key={label}>
          <dt id={`${id}-${index}`}>{label}</dt>
          <dd aria-labelledby={`${id}-${index}`}>
            {value}
            {note && <small>{note}</small>}
          </dd>
        </div>
      ))}
    </dl>
  )
}
