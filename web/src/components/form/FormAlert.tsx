import { useEffect, useRef } from 'react'
import { ApiError } from '@/lib/api'

type FormAlertProps = { error: unknown; fields: readonly string[] }

export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  return error instanceof ApiError ? error.fieldErrors : {}
}

/** Announced, and focused when it appears so keyboard and screen-reader users land on it. */
export function FormAlert({ error, fields }: FormAlertProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (error) ref.current?.focus()
  }, [error])
  if (!error) return null
  if (!(error instanceof ApiError)) {
    return (
      <div role="alert" className="alert" tabIndex={-1} ref={ref}>
        Could not reach the server. Please try again.
      </div>
    )
  }
  const other = Object.entries(error.fieldErrors)
    .filter(([field]) => !fields.includes(field))
    .flatMap(([, messages]) => messages)
  return (
    <div role="alert" className="alert" tabIndex={-1} ref={ref}>
      <p>{error.message}</p>
      {other.length > 0 && (
        <ul>
          {other.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
