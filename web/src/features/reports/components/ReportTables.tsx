import { Link } from 'react-router'
import { formatOptional, formatPercent, formatUsd } from '@/lib/format'
import type { BoardPack, WeeklyReport } from '../api/reports'

export const dimensionLabels: Record<string, string> = { provider: 'Provider', model: 'Model', team: 'Team', endpointTag: 'Feature' }

type Budget = WeeklyReport['budgets'][number]
type Recommendation = WeeklyReport['recommendations'][number]
type Breakdown = BoardPack['breakdowns'][number]

/** A signed amount: "+$12.00", "−$3.50". */
export const formatChange = (usd: number) => `${usd >= 0 ? '+' : '−'}${formatUsd(Math.abs(usd))}`

export function BudgetTable({ budgets }: { budgets: Budget[] }) {
  if (budgets.length === 0) return <p className="muted">No budgets set.</p>
  return (
    <table className="table" aria-label="Budgets">
      <thead>
        <tr>
          <th scope="col">Budget</th>
          <th scope="col">State</th>
          <th scope="col" className="num">Spend to date</th>
          <th scope="col" className="num">Amount</th>
          <th scope="col" className="num">Used</th>
          <th scope="col" className="num">Forecast</th>
        </tr>
      </thead>
      <tbody>
        {budgets.map((b) => (
          <tr key={b.id}>
            <th scope="row">
              <Link to="/budgets">{b.name}</Link>
            </th>
            <td>{b.state ?? 'not evaluated'}</td>
            <td className="num">{formatUsd(b.spendUsd)}</td>
            <td className="num">{formatUsd(b.amountUsd)}</td>
            <td className="num">{b.percentUsed}%</td>
            <td className="num">{formatOptional(b.forecastUsd, formatUsd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function RecommendationTable({ recommendations }: { recommendations: Recommendation[] }) {
  if (recommendations.length === 0) return <p className="muted">No open recommendations.</p>
  return (
    <table className="table" aria-label="Open recommendations">
      <thead>
        <tr>
          <th scope="col">Recommendation</th>
          <th scope="col" className="num">Saving a month</th>
        </tr>
      </thead>
      <tbody>
        {recommendations.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link to="/recommendations">{r.title}</Link>
            </th>
            <td className="num">{formatOptional(r.monthlySavingUsd, formatUsd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function BreakdownTable({ breakdown }: { breakdown: Breakdown }) {
  const name = dimensionLabels[breakdown.dimension] ?? breakdown.dimension
  return (
    <table className="table" aria-label={`Spend by ${name.toLowerCase()}`}>
      <thead>
        <tr>
          <th scope="col">{name}</th>
          <th scope="col" className="num">Spend</th>
          <th scope="col" className="num">Requests</th>
          <th scope="col" className="num">Share</th>
        </tr>
      </thead>
      <tbody>
        {breakdown.rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{formatUsd(r.spendUsd)}</td>
            <td className="num">{r.requests.toLocaleString('en-US')}</td>
            <td className="num">{formatOptional(r.share, formatPercent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
