import type { FormEvent } from 'react'
import { SelectField, type SelectOption } from '@/components/form/SelectField'
import { dataModes, environments } from '@/lib/analytics/filters'
import { Permission, useCan } from '@/lib/session/permissions'
import { useApiKeys, type ApiKey } from '../api/list-api-keys'
import type { RequestFilterName, RequestFilters } from '../api/list-requests'
import { defaultDataMode, narrowsTheLog, statuses, textFilters } from './request-filters'
import { fromUtcInput, toUtcInput } from './utc'

type RequestFilterBarProps = {
  filters: RequestFilters
  onChange: (name: RequestFilterName, value: string | undefined) => void
  onClear: () => void
}

const dataModeLabels: Record<string, string> = { real: 'Real', test: 'Test', demo: 'Demo', all: 'All data' }
const anyOf = (values: readonly string[]): SelectOption[] => [{ value: '', label: 'Any' }, ...values]

/** Text filters apply on Enter or when focus leaves them; selects and times apply at once. */
export function RequestFilterBar({ filters, onChange, onClear }: RequestFilterBarProps) {
  const applyText = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    for (const { name } of textFilters) {
      const value = String(form.get(name) ?? '').trim()
      if (value !== (filters[name] ?? '')) onChange(name, value)
    }
  }
  const select = (name: RequestFilterName) => ({
    name,
    value: filters[name] ?? '',
    onChange: (event: { target: { value: string } }) => onChange(name, event.target.value),
  })

  return (
    <form className="filter-bar" aria-label="Filters" onSubmit={applyText}>
      {textFilters.map(({ name, label }) => (
        <div className="field" key={name}>
          <label htmlFor={`request-filter-${name}`}>{label}</label>
          <input
            id={`request-filter-${name}`}
            name={name}
            key={filters[name] ?? ''}
            defaultValue={filters[name] ?? ''}
            placeholder="Any"
            onBlur={(event) => event.target.value.trim() !== (filters[name] ?? '') && onChange(name, event.target.value)}
          />
        </div>
      ))}
      <ApiKeyFilter selected={filters.apiKeyId} onChange={(id) => onChange('apiKeyId', id)} />
      <SelectField label="Status" options={anyOf(statuses)} {...select('status')} />
      <SelectField label="Environment" options={anyOf(environments)} {...select('environment')} />
      <SelectField
        label="Data"
        options={dataModes.map((mode) => ({ value: mode, label: dataModeLabels[mode] }))}
        {...select('dataMode')}
      />
      {(['from', 'to'] as const).map((name) => (
        <div className="field" key={name}>
          <label htmlFor={`request-filter-${name}`}>{name === 'from' ? 'From (UTC)' : 'To (UTC)'}</label>
          <input
            id={`request-filter-${name}`}
            type="datetime-local"
            value={toUtcInput(filters[name])}
            onChange={(event) => onChange(name, fromUtcInput(event.target.value))}
          />
        </div>
      ))}
      <button type="button" className="secondary" onClick={onClear} disabled={!narrowsTheLog(filters) && filters.dataMode === defaultDataMode}>
        Clear filters
      </button>
      <button type="submit" className="visually-hidden" tabIndex={-1}>
        Apply filters
      </button>
    </form>
  )
}

const keyLabel = (key: ApiKey) => `${key.name} (${key.prefix}…)${key.revoked ? ', revoked' : ''}`

/** Listing keys takes the right to manage them; without it, only a key already chosen in the URL is offered. */
function ApiKeyFilter({ selected, onChange }: { selected?: string; onChange: (id: string) => void }) {
  const canListKeys = useCan(Permission.apiKeysManage)
  const keys = useApiKeys({ enabled: canListKeys })
  if (!canListKeys && !selected) return null
  const options: SelectOption[] = [
    { value: '', label: 'Any' },
    ...(keys.data ?? []).map((key) => ({ value: key.id, label: keyLabel(key) })),
  ]
  if (selected && !keys.data?.some((key) => key.id === selected))
    options.push({ value: selected, label: keys.isPending && canListKeys ? 'Loading…' : 'Selected key' })
  return (
    <SelectField
      label="API key"
      name="apiKeyId"
      value={selected ?? ''}
      options={options}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}
