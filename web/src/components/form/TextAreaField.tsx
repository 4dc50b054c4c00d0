import { useId, type TextareaHTMLAttributes } from 'react'
import { FieldErrorList } from './FieldErrorList'

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string
  name: string
  hint?: string
  errors?: string[]
}

export function TextAreaField({ label, hint, errors = [], ...textarea }: TextAreaFieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-errors`
  const invalid = errors.length > 0
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="muted">
          {hint}
        </span>
      )}
      <textarea id={id} aria-invalid={invalid || undefined} aria-describedby={describedBy || undefined} {...textarea} />
      <FieldErrorList id={errorId} errors={errors} />
    </div>
  )
}
