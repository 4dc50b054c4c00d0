import { Figures } from '@/components/Figures'
import { QueryState } from '@/components/QueryState'
import { formatUsd } from '@/lib/format'
import { Permission, useCan } from '@/lib/session/permissions'
import { useRecommendations, type RecommendationFilters } from '../api/list-recommendations'
import { GenerateRecommendationsButton } from '../components/GenerateRecommendationsButton'
import { RecommendationFilterBar } from '../components/RecommendationFilterBar'
import { RecommendationsTable } from '../components/RecommendationsTable'
import { defaultStatus, useRecommendationFilters } from '../components/recommendation-filters'

const emptyText = ({ status, type }: RecommendationFilters) =>
  status === defaultStatus && !type
    ? 'No open recommendations. Each daily run prices the last 30 days of calls on cheaper models, caching, shorter prompts and other providers.'
    : `No ${status} recommendations${type ? ' of this type' : ''}.`

export function RecommendationsPage() {
  const canManage = useCan(Permission.insightsManage)
  const { filters, setFilter } = useRecommendationFilters()
  const recommendations = useRecommendations(filters)

  return (
    <div className="stack">
      <div className="page-header">
        <h1>Recommendations</h1>
        {canManage && <GenerateRecommendationsButton />}
      </div>
      <p className="muted">
        Ways to spend less, each with the monthly saving it would bring and the figures it was computed from. Largest saving
        first.
      </p>
      <RecommendationFilterBar filters={filters} onChange={setFilter} />
      <section tabIndex={0} className="card table-card" aria-label="Recommendation list" aria-busy={recommendations.isFetching}>
        <QueryState query={recommendations} what="recommendations">
          {({ items, openMonthlySavingUsd }) => (
            <>
              <Figures figures={[{ label: 'Open savings a month', value: formatUsd(openMonthlySavingUsd) }]} />
              {items.length === 0 ? (
                <p className="muted empty-state">{emptyText(filters)}</p>
              ) : (
                <RecommendationsTable recommendations={items} canManage={canManage} />
              )}
            </>
          )}
        </QueryState>
      </section>
      {!canManage && <p className="card">Only owners and admins can dismiss, apply or generate recommendations.</p>}
    </div>
  )
}
