import { SelectField } from '@/components/form/SelectField'
import type { WidgetInput } from '../api/save-dashboard'
import { widgetDefinitions } from './widgets/definitions'

const options = [
  { value: '', label: 'Choose a widget…' },
  ...Object.entries(widgetDefinitions).map(([value, { title }]) => ({ value, label: title })),
]

export function AddWidgetMenu({ onAdd }: { onAdd: (type: WidgetInput['type']) => void }) {
  return (
    <SelectField
      label="Add widget"
      name="addWidget"
      value=""
      options={options}
      onChange={(event) => event.target.value && onAdd(event.target.value as WidgetInput['type'])}
    />
  )
}
