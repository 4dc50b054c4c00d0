import { NeedsTelemetry } from '@/components/analytics/NeedsTelemetry'
import { SourceNote } from '@/components/analytics/SourceNote'
import { BarChart, type ChartSeries } from '@/components/charts/BarChart'
import { QueryState } from '@/components/QueryState'
import { tokenKinds } from '@/lib/analytics/token-kinds'
import { breakdownLabel } from '@/lib/analytics/unattributed'
import { useAnalyticsFilters } from '@/lib/analytics/use-filters'
import { formatCompact, formatDay } from '@/lib/format'
import { useTokenUsage } from '../api/get-token-usage'
import { TokenTable } from '../components/TokenTable'
import { UsageView } from '../components/UsageView'

const series: ChartSeries[] = tokenKinds.map((kind) => ({ ...kind, stack: 'tokens' }))
const endpointTagName = (key: string) => breakdownLabel(key, 'No endpoint tag')

export function TokensPage() {
  const { filters } = useAnalyticsFilters()
  const billed = filters.source === 'billed'
  const tokens = useTokenUsage(filters, !billed)

  if (billed) {
    return (
      <UsageView title="Tokens">
        <NeedsTelemetry what="endpoint tags or tokens per request" />
      </UsageView>
    )
  }
  return (
    <UsageView title="Tokens">
      <QueryState query={tokens} what="tokens" isEmpty={(d) => d.total.requests === 0} empty="No tokens in this range.">
        {({ total, byDay, byEndpointTag, byModel, sourceNote }) => (
          <>
            <SourceNote note={sourceNote} filters={filters} />
            <section tabIndex={0} className="card table-card" aria-labelledby="tokens-by-day">
              <h2 id="tokens-by-day">By day</h2>
              <div className="explorer-chart">
                <BarChart
                  label="Tokens by day and kind"
                  data={byDay}
                  categoryKey="key"
                  series={series}
                  formatValue={formatCompact}
                  formatCategory={formatDay}
                />
              </div>
              <TokenTable label="Tokens by day" keyLabel="Day" rows={byDay} name={formatDay} total={total} />
            </section>
            <section tabIndex={0} className="card table-card" aria-labelledby="tokens-by-endpoint-tag">
              <h2 id="tokens-by-endpoint-tag">By endpoint tag</h2>
              <TokenTable label="Tokens by endpoint tag" keyLabel="Endpoint tag" rows={byEndpointTag} name={endpointTagName} />
            </section>
            <section tabIndex={0} className="card table-card" aria-labelledby="tokens-by-model">
              <h2 id="tokens-by-model">By model</h2>
              <TokenTable label="Tokens by model" keyLabel="Model" rows={byModel} />
            </section>
          </>
        )}
      </QueryState>
    </UsageView>
  )
}
