import { useCallback } from 'react'
import { Link } from 'react-router'
import { LoadMore } from '@/components/LoadMore'
import { ApiError } from '@/lib/api'
import { useRequests } from '../api/list-requests'
import { ActiveFilters } from '../components/ActiveFilters'
import { RequestDrawer } from '../components/RequestDrawer'
import { RequestFilterBar } from '../components/RequestFilterBar'
import { RequestsTable } from '../components/RequestsTable'
import { narrowsTheLog, useOpenRequest, useRequestFilters } from '../components/request-filters'

export function RequestsPage() {
  const { filters, setFilter, removeFilter, clearFilters } = useRequestFilters()
  const { openId, setOpenId } = useOpenRequest()
  const requests = useRequests(filters)
  const items = requests.data?.pages.flatMap((page) => page.items) ?? []
  const closeDrawer = useCallback(() => setOpenId(null), [setOpenId])

  return (
    <div className="stack">
      <h1>Requests</h1>
      <RequestFilterBar filters={filters} onChange={setFilter} onClear={clearFilters} />
      <ActiveFilters filters={filters} onRemove={removeFilter} />
      <section tabIndex={0} className="card table-card" aria-label="Latest requests" aria-busy={requests.isFetching}>
        {requests.isPending && <p className="muted">Loading requests…</p>}
        {requests.isError && !requests.isFetchNextPageError && <LoadError error={requests.error} />}
        {requests.isSuccess && items.length === 0 && (
          <p className="muted empty-state">
            {narrowsTheLog(filters) ? (
              <>
                No requests match these filters.{' '}
                <button type="button" className="link-button" onClick={clearFilters}>
                  Clear filters
                </button>
              </>
            ) : (
              <>
                No {filters.dataMode === 'all' ? '' : `${filters.dataMode} `}requests yet.{' '}
                {filters.dataMode === 'real' && (
                  <>
                    Demo and test requests are not shown here: <Link to="?dataMode=all">show all data</Link>.
                  </>
                )}
              </>
            )}
          </p>
        )}
        {items.length > 0 && <RequestsTable requests={items} openId={openId} onOpen={setOpenId} />}
        <LoadMore query={requests} label="Load more" failure="Could not load more" />
      </section>
      {openId && <RequestDrawer id={openId} onClose={closeDrawer} />}
    </div>
  )
}

function LoadError({ error }: { error: Error }) {
  const reasons = error instanceof ApiError ? Object.values(error.fieldErrors).flat() : []
  return (
    <div role="alert" className="alert">
      <p>Could not load requests: {error.message}</p>
      {reasons.length > 0 && (
        <ul>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
