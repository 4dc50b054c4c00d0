import { useMutation } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { BarChart } from '@/components/charts/BarChart'
import { Figures } from '@/components/Figures'
import { QueryState } from '@/components/QueryState'
import { formatCount, formatDay, formatDayWithYear, formatOptional, formatUsd } from '@/lib/format'
import { downloadBoardPack, useBoardPack, type BoardPack, type Days } from '../api/reports'
import { BreakdownTable, BudgetTable, RecommendationTable } from '../components/ReportTables'
import { boardPackDays } from '../components/report-dates'

/** A range's figures laid out for print: the browser's "Save as PDF" gives the board document; the CSV files hold the same figures. */
export function BoardPackPage() {
  const [params, setParams] = useSearchParams()
  const days = boardPackDays(params)
  const pack = useBoardPack(days)
  const download = useMutation({ mutationFn: () => downloadBoardPack(days) })
  const change = (name: keyof Days, value: string) => value && setParams({ ...days, [name]: value }, { replace: true })

  return (
    <div className="stack board-pack">
      <div className="page-header">
        <h1>Board pack</h1>
        <div className="button-row no-print">
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" className="secondary" onClick={() => download.mutate()} disabled={download.isPending}>
            Download CSV files
          </button>
        </div>
      </div>
      <div className="button-row no-print">
        <label>
          From <input type="date" value={days.from} max={days.to} onChange={(e) => change('from', e.target.value)} />
        </label>
        <label>
          To <input type="date" value={days.to} min={days.from} onChange={(e) => change('to', e.target.value)} />
        </label>
        {download.error && (
          <p role="alert" className="alert">
            Could not download: {download.error.message}
          </p>
        )}
      </div>
      <p>
        {formatDayWithYear(`${days.from}T00:00:00Z`)} to {formatDayWithYear(`${days.to}T00:00:00Z`)} (UTC days, both included) · blended spend, as the
        overview shows it
      </p>
      <QueryState query={pack} what="the board pack">
        {(data) => <BoardPackView pack={data} />}
      </QueryState>
    </div>
  )
}

function BoardPackView({ pack }: { pack: BoardPack }) {
  const o = pack.overview
  return (
    <>
      <section className="card print-section" aria-labelledby="pack-figures">
        <h2 id="pack-figures">Key figures</h2>
        <Figures
          figures={[
            { label: 'Spend', value: formatUsd(o.spendUsd) },
            { label: 'Requests', value: formatCount(o.requests) },
            { label: 'Cost per request', value: formatOptional(o.averageCostPerRequestUsd, formatUsd) },
            { label: 'Unpriced calls', value: formatCount(o.unpricedRequests) },
            { label: 'Unattributed spend', value: formatUsd(o.sourceNote.unattributedUsd) },
            { label: 'Open savings a month', value: formatUsd(pack.recommendations.openMonthlySavingUsd) },
          ]}
        />
      </section>
      <section className="card print-section" aria-labelledby="pack-over-time">
        <h2 id="pack-over-time">Spend over time</h2>
        <BarChart
          data={pack.spendOverTime.points.map((p) => ({ period: p.period, spendUsd: p.spendUsd }))}
          categoryKey="period"
          series={[{ key: 'spendUsd', label: 'Spend' }]}
          formatValue={formatUsd}
          formatCategory={formatDay}
          label="Spend by day"
        />
      </section>
      <section className="card print-section" aria-labelledby="pack-breakdowns">
        <h2 id="pack-breakdowns">Spend by provider, model, team and feature</h2>
        <div className="report-grid">
          {pack.breakdowns.map((b) => (
            <BreakdownTable key={b.dimension} breakdown={b} />
          ))}
        </div>
      </section>
      <section className="card print-section" aria-labelledby="pack-budgets">
        <h2 id="pack-budgets">Budgets</h2>
        <BudgetTable budgets={pack.budgets} />
      </section>
      <section className="card print-section" aria-labelledby="pack-recommendations">
        <h2 id="pack-recommendations">Open recommendations</h2>
        <RecommendationTable recommendations={pack.recommendations.items} />
      </section>
    </>
  )
}
