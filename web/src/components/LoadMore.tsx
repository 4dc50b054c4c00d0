import type { UseInfiniteQueryResult } from '@tanstack/react-query'

type LoadMoreProps = {
  query: Pick<UseInfiniteQueryResult, 'hasNextPage' | 'isFetchingNextPage' | 'isFetchNextPageError' | 'error' | 'fetchNextPage'>
  /** The button, e.g. "Load older alerts". */
  label: string
  /** Leads the error message, e.g. "Could not load older alerts". */
  failure: string
}

/** The button under a paged list that loads its next page, and the error if that page failed. */
export function LoadMore({ query, label, failure }: LoadMoreProps) {
  return (
    <>
      {query.hasNextPage && (
        <button type="button" className="secondary load-more" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? 'Loading…' : label}
        </button>
      )}
      {query.isFetchNextPageError && (
        <p role="alert" className="field-errors">
          {failure}: {query.error?.message}
        </p>
      )}
    </>
  )
}
