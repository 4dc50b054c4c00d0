import { Link } from 'react-router'
import { TableHead } from '@/components/TableHead'
import { anomalyScope, requestLogSearch, usageSearchForWindow } from '@/lib/analytics/drill-down'
import { formatPercent, formatShortDateTime, formatUsd, noValue } from '@/lib/format'
import type { Anomaly } from '../api/list-anomalies'
import { scopeKinds } from './anomaly-filters'

/** The Usage page and the request log, where a spike is investigated over its window and scope. */
export type InvestigatePaths = { usage: string; requests: string }

type AnomaliesTableProps = {
  anomalies: Anomaly[]
  investigatePaths?: InvestigatePaths
  /** Where a spike's model substitution recommendation is shown, if that page exists. */
  recommendationLink?: (id: string) => string
}

const columns = [
  'Window',
  'Scope',
  { label: 'Observed', numeric: true },
  { label: 'Expected', numeric: true },
  { label: 'Excess', numeric: true },
  { label: 'z-score', numeric: true },
  'Driver',
]

const scopeText = ({ scopeKind, scopeValue }: Anomaly) => {
  const label = scopeKinds.find((k) => k.value === scopeKind)?.label ?? scopeKind
  return scopeKind === 'organization' ? label : `${label} ${scopeValue}`
}

function DriverText({ driver }: Pick<Anomaly, 'driver'>) {
  if (!driver) return <>{noValue}</>
  return (
    <>
      {driver.dimension} {driver.value || '(none)'}{' '}
      <span className="muted">
        {formatUsd(driver.observedUsd)} against {formatUsd(driver.expectedUsd)} expected, {formatPercent(driver.shareOfExcess)} of the
        excess
      </span>
    </>
  )
}

function InvestigateLinks({ anomaly, paths }: { anomaly: Anomaly; paths: InvestigatePaths }) {
  const window = { from: anomaly.windowStart, to: anomaly.windowEnd }
  const scope = anomalyScope(anomaly.scopeKind, anomaly.scopeValue)
  return (
    <span className="link-list">
      <Link to={`${paths.usage}${usageSearchForWindow(window, scope)}`} aria-label={`Investigate spike of ${scopeText(anomaly)} in Usage`}>
        Usage
      </Link>
      <Link to={`${paths.requests}${requestLogSearch(window, scope)}`} aria-label={`Investigate spike of ${scopeText(anomaly)} in Requests`}>
        Requests
      </Link>
    </span>
  )
}

export function AnomaliesTable({ anomalies, recommendationLink, investigatePaths }: AnomaliesTableProps) {
  const withRecommendations = recommendationLink !== undefined && anomalies.some((a) => a.recommendationId)
  const headers = [...columns, ...(investigatePaths ? ['Investigate spike'] : []), ...(withRecommendations ? ['Recommendation'] : [])]
  return (
    <table className="table" aria-label="Anomalies">
      <TableHead columns={headers} />
      <tbody>
        {anomalies.map((anomaly) => (
          <tr key={anomaly.id}>
            <td>
              {formatShortDateTime(anomaly.windowStart)} – {formatShortDateTime(anomaly.windowEnd)}
            </td>
            <td>{scopeText(anomaly)}</td>
            <td className="number">{formatUsd(anomaly.observedUsd)}</td>
            <td className="number">{formatUsd(anomaly.expectedUsd)}</td>
            <td className="number">{formatUsd(anomaly.excessUsd)}</td>
            <td className="number">{anomaly.zScore.toFixed(2)}</td>
            <td>
              <DriverText driver={anomaly.driver} />
            </td>
            {investigatePaths && (
              <td>
                <InvestigateLinks anomaly={anomaly} paths={investigatePaths} />
              </td>
            )}
            {withRecommendations && (
              <td>
                {anomaly.recommendationId && recommendationLink && (
                  <Link to={recommendationLink(anomaly.recommendationId)}>See the recommendation</Link>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
