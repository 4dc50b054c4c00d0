import { Figures } from '@/components/Figures'
import { QueryState } from '@/components/QueryState'
import { useAnalyticsFilters } from '@/lib/analytics/use-filters'
import { formatOptional, formatPercent, formatUsd } from '@/lib/format'
import { useReconciliation } from '../api/get-reconciliation'
import { ReconciliationDays, ReconciliationModels } from '../components/ReconciliationTables'
import { UsageView } from '../components/UsageView'

const bothSources = 'Reconciliation always sets provider billing against telemetry.'

export function ReconciliationPage() {
  const { filters } = useAnalyticsFilters()
  const reconciliation = useReconciliation(filters)

  return (
    <UsageView title="Reconciliation" sourceFixed={bothSources}>
      <QueryState
        query={reconciliation}
        what="reconciliation"
        isEmpty={(d) => d.days.length === 0}
        empty="No billed or attributed spend in this range."
      >
        {({ billedUsd, attributedUsd, gapUsd, coverage, days, rows }) => (
          <>
            <section className="card key-figures" aria-label="Billed against attributed">
              <Figures
                figures={[
                  { label: 'Billed by providers', value: formatUsd(billedUsd) },
                  { label: 'Attributed to calls', value: formatUsd(attributedUsd) },
                  { label: 'Gap', value: formatUsd(gapUsd) },
                  { label: 'Coverage', value: formatOptional(coverage, formatPercent) },
                ]}
              />
              <p className="muted">
                The gap is what providers billed that no real ingested call accounts for; coverage is the share attributed.
              </p>
            </section>
            <section tabIndex={0} className="card table-card" aria-labelledby="reconciliation-days">
              <h2 id="reconciliation-days">By day</h2>
              <ReconciliationDays days={days} />
            </section>
            <section tabIndex={0} className="card table-card" aria-labelledby="reconciliation-models">
              <h2 id="reconciliation-models">By day and model</h2>
              <ReconciliationModels rows={rows} />
            </section>
          </>
        )}
      </QueryState>
    </UsageView>
  )
}
