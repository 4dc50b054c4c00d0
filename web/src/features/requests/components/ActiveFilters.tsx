import type { RequestFilterName, RequestFilters } from '../api/list-requests'
import { defaultDataMode, textFilters } from './request-filters'
import { formatShortUtc } from './utc'

type ActiveFiltersProps = {
  filters: RequestFilters
  onRemove: (name: RequestFilterName) => void
}

const labels: Partial<Record<RequestFilterName, string>> = {
  ...Object.fromEntries(textFilters.map(({ name, label }) => [name, label])),
  apiKeyId: 'API key',
  status: 'Status',
  environment: 'Environment',
  dataMode: 'Data',
  from: 'From (UTC)',
  to: 'Before (UTC)',
}

const shown = (name: RequestFilterName, value: string) => (name === 'from' || name === 'to' ? formatShortUtc(value) : value)

/** What narrows the log, as a list: a link from another page applies filters, and here they are seen and taken off one by one. */
export function ActiveFilters({ filters, onRemove }: ActiveFiltersProps) {
  const active = (Object.keys(labels) as RequestFilterName[]).filter(
    (name) => filters[name] !== undefined && !(name === 'dataMode' && filters.dataMode === defaultDataMode),
  )
  if (active.length === 0) return null
  return (
    <div className="active-filters">
      <span className="muted" id="active-filters-heading">
        Showing requests with
      </span>
      <ul aria-labelledby="active-filters-heading">
        {active.map((name) => (
          <li key={name} className="filter-chip">
            <span>
              {labels[name]}: <strong title={filters[name]}>{shown(name, filters[name]!)}</strong>
            </span>
            <button type="button" className="link-button" aria-label={`Remove ${labels[name]} filter`} onClick={() => onRemove(name)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
