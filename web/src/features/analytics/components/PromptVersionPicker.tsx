import type { FormEvent } from 'react'
import { SelectField } from '@/components/form/SelectField'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { useFilterSuggestions } from '@/lib/analytics/suggestions'
import type { PromptVersionChoice } from './prompt-version-params'

type PickerProps = {
  filters: AnalyticsFilters
  endpointTag?: string
  available: string[]
  compared: string[]
  onChoose: (change: PromptVersionChoice) => void
}

/** An endpoint tag (suggested from the range's usage), then the two of its versions to compare. */
export function PromptVersionPicker({ filters, endpointTag = '', available, compared, onChoose }: PickerProps) {
  const suggestions = useFilterSuggestions(filters, 'endpointTag')
  const commit = (value: string) => value.trim() !== endpointTag && onChoose({ endpointTag: value })
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    commit(String(new FormData(event.currentTarget).get('endpointTag') ?? ''))
  }
  return (
    <form className="filter-bar" aria-label="Compare prompt versions" onSubmit={submit}>
      <div className="field">
        <label htmlFor="prompt-endpoint-tag">Endpoint tag</label>
        <input
          id="prompt-endpoint-tag"
          name="endpointTag"
          key={endpointTag}
          defaultValue={endpointTag}
          list="prompt-endpoint-tag-suggestions"
          onBlur={(event) => commit(event.target.value)}
        />
        <datalist id="prompt-endpoint-tag-suggestions">
          {suggestions?.map(({ value }) => <option key={value} value={value} />)}
        </datalist>
      </div>
      {available.length > 1 &&
        (['versionA', 'versionB'] as const).map((name, index) => (
          <SelectField
            key={name}
            label={index === 0 ? 'First version' : 'Second version'}
            name={name}
            value={compared[index]}
            options={available}
            onChange={(event) => onChoose({ [name]: event.target.value })}
          />
        ))}
      <button type="submit" className="visually-hidden" tabIndex={-1}>
        Compare
      </button>
    </form>
  )
}
