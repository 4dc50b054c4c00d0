import { Link, NavLink, useParams } from 'react-router'
import { Figures } from '@/components/Figures'
import { QueryState } from '@/components/QueryState'
import { formatDateTime, formatOptional, formatPercent, formatUsd } from '@/lib/format'
import { Permission, useCan } from '@/lib/session/permissions'
import { useReportWeeks, useSendWeeklyReport, useWeeklyReport, type WeeklyReport } from '../api/reports'
import { BudgetTable, dimensionLabels, formatChange, RecommendationTable } from '../components/ReportTables'
import { coveringDays, weekLabel } from '../components/report-dates'

/** The weekly executive reports: the last 12 weeks, one of them opened, and "Send now" for owners and admins. */
export function ReportsPage() {
  const { week } = useParams()
  const weeks = useReportWeeks()
  const report = useWeeklyReport(week)

  return (
    <div className="stack">
      <div className="page-header">
        <h1>Reports</h1>
        <Link to="/reports/board-pack">Board pack of any range</Link>
      </div>
      <p className="muted">
        Each Monday after 08:00 in the organization's time zone, last week's report goes to the notification channels subscribed to weekly
        reports. Figures are the blended spend the overview shows.
      </p>
      <div className="reports-layout">
        <nav aria-label="Weeks" className="card report-weeks">
          <QueryState query={weeks} what="weeks">
            {(items) => (
              <ul>
                {items.map((w) => (
                  <li key={w.week}>
                    <NavLink to={`/reports/weekly/${w.week}`} className={() => (w.week === (week ?? report.data?.week) ? 'active' : '')}>
                      {w.week}
                    </NavLink>
                    <span className="muted"> {w.sentAt ? 'sent' : 'not sent'}</span>
                  </li>
                ))}
              </ul>
            )}
          </QueryState>
        </nav>
        <section className="card" aria-label="Weekly report" aria-busy={report.isFetching}>
          <QueryState query={report} what="the report">
            {(data) => <WeeklyReportView report={data} />}
          </QueryState>
        </section>
      </div>
    </div>
  )
}

function WeeklyReportView({ report }: { report: WeeklyReport }) {
  const days = coveringDays(report.startUtc, report.endUtc)
  const overview = `/?range=custom&from=${days.from}&to=${days.to}`
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h2>Week {report.week}</h2>
          <p className="muted">
            {weekLabel(report.startUtc, report.endUtc, report.timeZone)} ({report.timeZone}) ·{' '}
            {report.sentAt ? `sent ${formatDateTime(report.sentAt)}` : 'not sent'}
          </p>
        </div>
        <SendNow week={report.week} />
      </div>
      <Figures
        label="Spend"
        figures={[
          { label: 'Spend this week', value: formatUsd(report.spendUsd) },
          { label: 'Week before', value: formatUsd(report.previousSpendUsd) },
          { label: 'Change', value: `${formatChange(report.changeUsd)} (${formatOptional(report.changeShare, formatPercent)})` },
          { label: 'Open savings a month', value: formatUsd(report.openMonthlySavingUsd) },
          { label: 'Unpriced calls', value: report.unpricedRequests.toLocaleString('en-US') },
          { label: 'Unattributed spend', value: formatUsd(report.unattributedUsd) },
          { label: 'Tracking quality', value: `${report.trackingQualityScore}/100` },
        ]}
      />
      <p>
        <Link to={overview}>Open the week in the overview</Link> · <Link to={`/usage?range=custom&from=${days.from}&to=${days.to}`}>in Usage</Link>
      </p>
      <h3>Top movers</h3>
      <div className="report-grid">
        {report.movers.map((group) => (
          <table key={group.dimension} className="table" aria-label={`Top movers by ${dimensionLabels[group.dimension].toLowerCase()}`}>
            <thead>
              <tr>
                <th scope="col">{dimensionLabels[group.dimension]}</th>
                <th scope="col" className="num">This week</th>
                <th scope="col" className="num">Change</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.length === 0 ? (
                <tr>
                  <td colSpan={3} className="muted">
                    No change
                  </td>
                </tr>
              ) : (
                group.rows.map((m) => (
                  <tr key={m.key}>
                    <th scope="row">{m.label}</th>
                    <td className="num">{formatUsd(m.spendUsd)}</td>
                    <td className="num">{formatChange(m.changeUsd)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        ))}
      </div>
      <h3>Budgets</h3>
      <BudgetTable budgets={report.budgets} />
      <h3>Anomalies</h3>
      {report.anomalies.length === 0 ? (
        <p className="muted">No anomalies this week.</p>
      ) : (
        <p>
          <Link to="/anomalies">
            {report.anomalies.length} {report.anomalies.length === 1 ? 'anomaly' : 'anomalies'}
          </Link>
          , {formatUsd(report.anomalies.reduce((sum, a) => sum + a.excessUsd, 0))} above the expected spend.
        </p>
      )}
      <h3>Open recommendations</h3>
      <RecommendationTable recommendations={report.recommendations} />
    </div>
  )
}

function SendNow({ week }: { week: string }) {
  const canSend = useCan(Permission.notificationsManage)
  const send = useSendWeeklyReport()
  if (!canSend) return null
  return (
    <div className="no-print">
      <button type="button" onClick={() => send.mutate(week)} disabled={send.isPending}>
        {send.isPending ? 'Sending…' : 'Send now'}
      </button>
      <p role="status" className="muted">
        {send.data &&
          (send.data.deliveries === 0
            ? 'No notification channel receives weekly reports; subscribe one in Settings → Notifications.'
            : `Sent to ${send.data.deliveries} ${send.data.deliveries === 1 ? 'channel' : 'channels'}.`)}
        {send.error && `Could not send: ${send.error.message}`}
      </p>
    </div>
  )
}
