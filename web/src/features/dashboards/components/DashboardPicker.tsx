import { SelectField } from '@/components/form/SelectField'
import type { Dashboard } from '../api/list-dashboards'

type DashboardPickerProps = { dashboards: Dashboard[]; selectedId: string; onSelect: (id: string) => void }

/** Nothing while there is only one dashboard to show. */
export function DashboardPicker({ dashboards, selectedId, onSelect }: DashboardPickerProps) {
  if (dashboards.length < 2) return null
  return (
    <SelectField
      label="Dashboard"
      name="dashboard"
      value={selectedId}
      options={dashboards.map((d) => ({ value: d.id, label: d.name }))}
      onChange={(event) => onSelect(event.target.value)}
    />
  )
}
