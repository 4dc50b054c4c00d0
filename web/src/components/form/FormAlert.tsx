import { ApiError } from '@/lib/api'

type FormAlertProps = { error: unknown; fields: readonly string[] }

export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  return error instanceof ApiError ? error.fieldErrors : {}
}

export function FormAlert({ error, fields }: FormAlertProps) {
  if (!error) return null
  if (!(error instanceof ApiError)) {
    return <div role="alert" className="alert">Could not reach the server. Please try again.</div>
  }
  const other = Object.entries(error.fieldErrors)
    .filter(([field]) => !fields.includes(field))
    .flatMap(([, messages]) => messages)
  return (
    <div role="alert" className="alert">
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
