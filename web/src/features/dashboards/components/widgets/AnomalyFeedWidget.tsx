import { QueryState } from '@/components/QueryState'
import { formatShortDateTime, formatUsd } from '@/lib/format'
import { useRecentAnomalies } from '../../api/get-governance'

const scopeLabel = (kind: string, value: string | null | undefined) => (kind === 'organization' ? 'All spend' : `${kind} ${value}`)

/** The latest spend anomalies: when, how far above the expected spend, and what drove them. */
export function AnomalyFeedWidget() {
  const query = useRecentAnomalies(8)
  return (
    <QueryState query={query} what="anomalies" isEmpty={(d) => d.items.length === 0} empty="No anomalies">
      {({ items }) => (
        <ul className="plain-list" aria-label="Anomalies">
          {items.map((a) => (
            <li key={a.id}>
              <strong>{formatShortDateTime(a.windowStart)}</strong> {scopeLabel(a.scopeKind, a.scopeValue)}: {formatUsd(a.observedUsd)}{' '}
              <span className="muted">expected {formatUsd(a.expectedUsd)}</span>
              {a.driver && (
                <span className="muted">
                  {' '}
                  — driven by {a.driver.dimension} {a.driver.value}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </QueryState>
  )
}
