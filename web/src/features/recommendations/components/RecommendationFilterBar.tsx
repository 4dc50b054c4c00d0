import { SelectField } from '@/components/form/SelectField'
import type { RecommendationFilters } from '../api/list-recommendations'
import { statuses, types } from './recommendation-filters'

type RecommendationFilterBarProps = {
  filters: RecommendationFilters
  onChange: (name: 'status' | 'type', value: string) => void
}

const typeOptions = [{ value: 'all', label: 'All types' }, ...types]

export function RecommendationFilterBar({ filters, onChange }: RecommendationFilterBarProps) {
  return (
    <div className="filter-bar" role="group" aria-label="Filter recommendations">
      <SelectField
        label="Status"
        name="status"
        options={statuses}
        value={filters.status}
        onChange={(event) => onChange('status', event.target.value)}
      />
      <SelectField
        label="Type"
        name="type"
        options={typeOptions}
        value={filters.type ?? 'all'}
        onChange={(event) => onChange('type', event.target.value)}
      />
    </div>
  )
}
