import { SelectField } from '@/components/form/SelectField'
import { billedGroupings, groupings, type ExplorerOptions } from '../api/get-usage-explorer'
import { groupingLabels } from './labels'

const toOptions = (values: readonly (typeof groupings)[number][]) => values.map((value) => ({ value, label: groupingLabels[value] }))
const sortOptions = [
  { value: 'cost', label: 'Cost' },
  { value: 'requests', label: 'Requests' },
  { value: 'tokens', label: 'Tokens' },
]
const orderOptions = [
  { value: 'desc', label: 'Highest first' },
  { value: 'asc', label: 'Lowest first' },
]

type ExplorerControlsProps = {
  options: ExplorerOptions
  onChange: (name: keyof ExplorerOptions, value: string) => void
  billed?: boolean
}

export function ExplorerControls({ options, onChange, billed }: ExplorerControlsProps) {
  const groupOptions = toOptions(billed ? billedGroupings : groupings)
  return (
    <div className="filter-bar" role="group" aria-label="Grouping">
      <SelectField
        label="Group by"
        name="groupBy"
        value={options.groupBy}
        options={groupOptions}
        onChange={(event) => onChange('groupBy', event.target.value)}
      />
      <SelectField
        label="Then by"
        name="thenBy"
        value={options.thenBy ?? ''}
        options={[{ value: '', label: 'Nothing' }, ...groupOptions.filter((o) => o.value !== options.groupBy)]}
        onChange={(event) => onChange('thenBy', event.target.value)}
      />
      <SelectField
        label="Sort by"
        name="sort"
        value={options.sort}
        options={sortOptions}
        onChange={(event) => onChange('sort', event.target.value)}
      />
      <SelectField
        label="Order"
        name="order"
        value={options.order}
        options={orderOptions}
        onChange={(event) => onChange('order', event.target.value)}
      />
    </div>
  )
}
