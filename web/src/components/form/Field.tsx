import { useId, type InputHTMLAttributes } from 'react'
import { FieldErrorList } from './FieldErrorList'

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string
  name: string
  errors?: string[]
}

export function Field({ label, errors = [], ...input }: FieldProps) {
  const id = useId()
  const errorId = `${id}-errors`
  const invalid = errors.length > 0
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        {...input}
      />
      <FieldErrorList id={errorId} errors={errors} />
    </div>
  )
}
