import { SourceNote } from '@/components/analytics/SourceNote'
import { QueryState } from '@/components/QueryState'
import type { ReactNode } from 'react'
import { explorerRowScope, filtersScope, requestLogSearch } from '@/lib/analytics/drill-down'
import { toApiQuery } from '@/lib/analytics/filters'
import { useAnalyticsFilters } from '@/lib/analytics/use-filters'
import { formatDay, formatLastDay } from '@/lib/format'
import { useUsageExplorer, type ExplorerOptions, type ExplorerRow, type UsageExplorer } from '../api/get-usage-explorer'
import { ExplorerChart } from '../components/ExplorerChart'
import { ExplorerControls } from '../components/ExplorerControls'
import { useExplorerOptions } from '../components/explorer-params'
import { ExplorerTable } from '../components/ExplorerTable'
import { ExportButtons } from '../components/ExportButtons'
import { UsageSummary } from '../components/UsageSummary'
import { UsageView } from '../components/UsageView'

type UsagePageProps = {
  /** The request log, which each explorer row links to. */
  requestsPath?: string
  /** Shown above the explorer, such as the budgets near or over their thresholds. */
  notices?: ReactNode
}

const byProvider: ExplorerOptions = { groupBy: 'provider', sort: 'cost', order: 'desc' }

export function UsagePage({ requestsPath, notices }: UsagePageProps) {
  const { filters } = useAnalyticsFilters()
  const billed = filters.source === 'billed'
  const { options, setOption } = useExplorerOptions(billed)
  const explorer = useUsageExplorer(filters, options)
  const providers = useUsageExplorer(filters, byProvider)
  const requestLink = (data: UsageExplorer) =>
    requestsPath && !billed
      ? (row: ExplorerRow) => {
          const scope = explorerRowScope([
            { grouping: options.groupBy, key: row.key },
            ...(options.thenBy ? [{ grouping: options.thenBy, key: row.subKey }] : []),
          ])
          return scope && `${requestsPath}${requestLogSearch(data, { ...filtersScope(filters), ...scope }, filters.dataMode)}`
        }
      : undefined

  return (
    <UsageView title="Usage">
      {/* Keyed by the filters, so a retention notice never outlives the export it describes. Exports are of ingested calls. */}
      {!billed && <ExportButtons key={toApiQuery(filters)} filters={filters} />}
      {explorer.data && <UsageSummary explorer={explorer.data} byProvider={providers.data} />}
      {notices}
      <ExplorerControls options={options} onChange={setOption} billed={billed} />
      <section tabIndex={0} className="card table-card" aria-label="Usage explorer">
        <QueryState query={explorer} what="usage" isEmpty={(d) => d.rows.length === 0} empty="No usage in this range.">
          {(data) => (
            <>
              <p className="muted">
                {formatDay(data.from)} to {formatLastDay(data.to)} (UTC){data.dayGrained && ', in whole days: per-user figures are kept by day'}.
              </p>
              <SourceNote note={data.sourceNote} filters={filters} />
              <div className="explorer-chart">
                <ExplorerChart rows={data.rows} options={options} />
              </div>
              <ExplorerTable explorer={data} options={options} requestLink={requestLink(data)} />
            </>
          )}
        </QueryState>
      </section>
    </UsageView>
  )
}
