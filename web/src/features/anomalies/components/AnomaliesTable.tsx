import { Link } from 'react-router'
import { TableHead } from '@/components/TableHead'
import { formatPercent, formatShortDateTime, formatUsd, noValue } from '@/lib/format'
import type { Anomaly } from '../api/list-anomalies'
import { scopeKinds } from './anomaly-filters'

type AnomaliesTableProps = {
  anomalies: Anomaly[]
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

export function AnomaliesTable({ anomalies, recommendationLink }: AnomaliesTableProps) {
  const withRecommendations = recommendationLink !== undefined && anomalies.some((a) => a.recommendationId)
  return (
    <table className="table" aria-label="Anomalies">
      <TableHead columns={withRecommendations ? [...columns, 'Recommendation'] : columns} />
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
