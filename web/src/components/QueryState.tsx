import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ApiError } from '@/lib/api'

type QueryStateProps<T> = {
  query: UseQueryResult<T>
  /** What is loading, for the messages: "spend", "latency". */
  what: string
  isEmpty?: (data: T) => boolean
  empty?: ReactNode
  children: (data: T) => ReactNode
}

/** The loading, error (with the API's field errors) and empty states of one query, else its content. */
export function QueryState<T>({ query, what, isEmpty, empty, children }: QueryStateProps<T>) {
  if (query.isPending) return <p className="muted">Loading {what}…</p>
  if (query.isError) {
    const fieldMessages = query.error instanceof ApiError ? Object.values(query.error.fieldErrors).flat() : []
    return (
      <div role="alert" className="alert">
        <p>
          Could not load {what}: {query.error.message}
        </p>
        {fieldMessages.length > 0 && (
          <ul>
            {fieldMessages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </div>
    )
  }
  if (isEmpty?.(query.data)) return <p className="muted empty-state">{empty ?? 'No data in this range.'}</p>
  return <>{children(query.data)}</>
}
