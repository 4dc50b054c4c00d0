import { SelectField } from '@/components/form/SelectField'
import { alertTypes } from '@/lib/alert-types'
import type { AlertFilters } from '../api/list-alerts'
import { showOptions } from './alert-filters'

type AlertFilterBarProps = {
  filters: AlertFilters
  onShowChange: (show: string) => void
  onTypeChange: (type: string) => void
}

const typeOptions = [{ value: 'all', label: 'All types' }, ...alertTypes]

export function AlertFilterBar({ filters, onShowChange, onTypeChange }: AlertFilterBarProps) {
  return (
    <div className="filter-bar" role="group" aria-label="Filter alerts">
      <SelectField
        label="Show"
        name="show"
        options={showOptions}
        value={filters.unreadOnly ? 'unread' : 'all'}
        onChange={(event) => onShowChange(event.target.value)}
      />
      <SelectField
        label="Type"
        name="type"
        options={typeOptions}
        value={filters.type ?? 'all'}
        onChange={(event) => onTypeChange(event.target.value)}
      />
    </div>
  )
}
