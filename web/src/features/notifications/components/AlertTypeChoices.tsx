import { useId } from 'react'
import { FieldErrorList } from '@/components/form/FieldErrorList'
import { alertTypes } from '@/lib/alert-types'

type AlertTypeChoicesProps = {
  selected: string[]
  onChange: (selected: string[]) => void
  errors?: string[]
}

export function AlertTypeChoices({ selected, onChange, errors = [] }: AlertTypeChoicesProps) {
  const errorId = useId()
  const toggle = (type: string, checked: boolean) =>
    onChange(checked ? alertTypes.map((t) => t.value).filter((t) => t === type || selected.includes(t)) : selected.filter((t) => t !== type))

  return (
    <fieldset className="field choices" aria-describedby={errors.length ? errorId : undefined}>
      <legend>Alert types</legend>
      {alertTypes.map((type) => (
        <label key={type.value} className="choice">
          <input
            type="checkbox"
            name="alertTypes"
            value={type.value}
            checked={selected.includes(type.value)}
            onChange={(event) => toggle(type.value, event.target.checked)}
          />{' '}
          {type.label}
        </label>
      ))}
      {selected.length === 0 && <p className="muted">No type chosen: this channel receives no alerts.</p>}
      <FieldErrorList id={errorId} errors={errors} />
    </fieldset>
  )
}
