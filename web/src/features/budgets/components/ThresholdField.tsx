import { useId, useState } from 'react'
import { FieldErrorList } from '@/components/form/FieldErrorList'
import type { BudgetThreshold } from '../api/list-budgets'
import { unitOf, type ThresholdUnit } from './budget-fields'

type ThresholdFieldProps = {
  /** "warning" or "critical": the form field and the API's error keys. */
  name: string
  legend: string
  threshold?: BudgetThreshold
  defaultPercent: number
  errors: Record<string, string[]>
}

/** A threshold as a percent of the budget or as a dollar amount, never both. */
export function ThresholdField({ name, legend, threshold, defaultPercent, errors }: ThresholdFieldProps) {
  const [unit, setUnit] = useState<ThresholdUnit>(unitOf(threshold))
  const inputId = useId()
  const errorId = useId()
  const messages = [...(errors[name] ?? []), ...(errors[`${name}.percent`] ?? []), ...(errors[`${name}.amountUsd`] ?? [])]
  const initial = unit === unitOf(threshold) ? (threshold?.[unit] ?? undefined) : undefined

  return (
    <fieldset className="field choices threshold-field">
      <legend>{legend}</legend>
      <label className="choice">
        <input type="radio" name={`${name}Unit`} value="percent" checked={unit === 'percent'} onChange={() => setUnit('percent')} />{' '}
        Percent of the amount
      </label>
      <label className="choice">
        <input type="radio" name={`${name}Unit`} value="amountUsd" checked={unit === 'amountUsd'} onChange={() => setUnit('amountUsd')} />{' '}
        Dollar amount
      </label>
      <label htmlFor={inputId}>{unit === 'percent' ? `${legend} (%)` : `${legend} (USD)`}</label>
      <input
        key={unit}
        id={inputId}
        name={`${name}Value`}
        type="number"
        min="0"
        step="any"
        required
        defaultValue={initial ?? (unit === 'percent' ? defaultPercent : undefined)}
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={messages.length > 0 ? errorId : undefined}
      />
      <FieldErrorList id={errorId} errors={messages} />
    </fieldset>
  )
}
