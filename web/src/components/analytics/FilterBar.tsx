import type { FormEvent } from 'react'
import { SelectField } from '@/components/form/SelectField'
import {
  dataModes,
  defaultCustomDays,
  environments,
  ranges,
  sources,
  type AnalyticsFilters,
  type FilterName,
} from '@/lib/analytics/filters'
import { useFilterSuggestions } from '@/lib/analytics/suggestions'
import { useAnalyticsFilters } from '@/lib/analytics/use-filters'

const rangeLabels: Record<string, string> = {
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  mtd: 'Month to date',
  custom: 'Custom',
}
const dataModeLabels: Record<string, string> = { real: 'Real', test: 'Test', demo: 'Demo', all: 'All data' }
const sourceLabels: Record<string, string> = {
  blended: 'All sources (blended)',
  billed: 'Provider billing',
  telemetry: 'Telemetry',
}

const labelled = (values: readonly string[], labels: Record<string, string>) =>
  values.map((value) => ({ value, label: labels[value] }))

const textFilters: { name: TextFilterProps['name']; label: string }[] = [
  { name: 'provider', label: 'Provider' },
  { name: 'model', label: 'Model' },
  { name: 'team', label: 'Team' },
]

type FilterBarProps = {
  /** Why this view ignores the source, when it does (it then shows the source disabled). */
  sourceFixed?: string
  /** The view is of one team (a team page): no team filter. */
  teamFixed?: boolean
}

/**
 * Range, source, provider, model, team, environment and data filters, kept in the URL. Provider billing
 * carries no team, environment or data mode, so with that source those are cleared and disabled.
 */
export function FilterBar({ sourceFixed, teamFixed = false }: FilterBarProps) {
  const { filters, setFilters } = useAnalyticsFilters()
  const isBilled = filters.source === 'billed'
  const changeSource = (source: string) =>
    setFilters(source === 'billed' ? { source, team: '', environment: '', dataMode: '' } : { source })

  const changeRange = (range: string) =>
    setFilters(range === 'custom' ? { range, ...defaultCustomDays() } : { range })

  const applyText = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setFilters(Object.fromEntries(textFilters.filter(({ name }) => form.has(name)).map(({ name }) => [name, String(form.get(name))])))
  }

  return (
    <form className="filter-bar" aria-label="Filters" onSubmit={applyText}>
      <SelectField
        label="Range"
        name="range"
        value={filters.range}
        options={labelled(ranges, rangeLabels)}
        onChange={(event) => changeRange(event.target.value)}
      />
      {filters.range === 'custom' && <CustomDays filters={filters} onChange={setFilters} />}
      <SelectField
        label="Source"
        name="source"
        value={filters.source ?? 'blended'}
        options={labelled(sources, sourceLabels)}
        disabled={Boolean(sourceFixed)}
        title={sourceFixed}
        onChange={(event) => changeSource(event.target.value)}
      />
      {textFilters.filter(({ name }) => !(teamFixed && name === 'team')).map(({ name, label }) => (
        <TextFilter
          key={name}
          name={name}
          label={label}
          filters={filters}
          onCommit={setFilters}
          disabled={isBilled && name === 'team'}
        />
      ))}
      <SelectField
        label="Environment"
        name="environment"
        disabled={isBilled}
        value={filters.environment ?? ''}
        options={[{ value: '', label: 'Any' }, ...environments]}
        onChange={(event) => setFilters({ environment: event.target.value })}
      />
      <SelectField
        label="Data"
        name="dataMode"
        disabled={isBilled}
        value={filters.dataMode}
        options={labelled(dataModes, dataModeLabels)}
        onChange={(event) => setFilters({ dataMode: event.target.value })}
      />
      <button type="submit" className="visually-hidden" tabIndex={-1}>
        Apply filters
      </button>
    </form>
  )
}

type Change = (change: Partial<Record<FilterName, string>>) => void

function CustomDays({ filters, onChange }: { filters: AnalyticsFilters; onChange: Change }) {
  return (
    <>
      {(['from', 'to'] as const).map((name) => (
        <div className="field" key={name}>
          <label htmlFor={`filter-${name}`}>{name === 'from' ? 'From' : 'To'}</label>
          <input
            id={`filter-${name}`}
            type="date"
            value={filters[name] ?? ''}
            onChange={(event) => event.target.value && onChange({ [name]: event.target.value })}
          />
        </div>
      ))}
    </>
  )
}

type TextFilterProps = {
  name: 'provider' | 'model' | 'team'
  label: string
  filters: AnalyticsFilters
  onCommit: Change
  disabled?: boolean
}

/** Applied on Enter or when focus leaves, not on every keystroke; suggests the values seen in the range. */
function TextFilter({ name, label, filters, onCommit, disabled }: TextFilterProps) {
  const value = filters[name] ?? ''
  const suggestions = useFilterSuggestions(filters, name)
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <input
        id={`filter-${name}`}
        name={name}
        key={value}
        defaultValue={value}
        placeholder="Any"
        disabled={disabled}
        list={`filter-${name}-suggestions`}
        onBlur={(event) => event.target.value.trim() !== value && onCommit({ [name]: event.target.value })}
      />
      <datalist id={`filter-${name}-suggestions`}>
        {suggestions?.map(({ value, label }) => (
          <option key={value} value={value} label={label === value ? undefined : label} />
        ))}
      </datalist>
    </div>
  )
}
