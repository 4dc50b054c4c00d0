import { TableHead } from '@/components/TableHead'
import type { Recommendation } from '../api/list-recommendations'
import { recommendationColumns, RecommendationRow } from './RecommendationRow'

type RecommendationsTableProps = { recommendations: Recommendation[]; canManage: boolean }

export function RecommendationsTable({ recommendations, canManage }: RecommendationsTableProps) {
  return (
    <table className="table recommendations-table" aria-label="Recommendations">
      <TableHead columns={recommendationColumns} withActions={canManage} />
      <tbody>
        {recommendations.map((recommendation) => (
          <RecommendationRow key={recommendation.id} recommendation={recommendation} canManage={canManage} />
        ))}
      </tbody>
    </table>
  )
}
