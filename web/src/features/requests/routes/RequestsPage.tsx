import { useCallback, useId } from 'react'
import { Link, useSearchParams } from 'react-router'
import { dataModes, useRequests, type DataModeFilter } from '../api/list-requests'
import { RequestDetailPanel } from '../components/RequestDetailPanel'
import { RequestsTable } from '../components/RequestsTable'

const dataModeLabels: Record<DataModeFilter, string> = {
  real: 'Real',
  test: 'Test',
  demo: 'Demo',
  all: 'All data',
}

const isDataMode = (value: string | null): value is DataModeFilter => dataModes.includes(value as DataModeFilter)

export function RequestsPage() {
  const filterId = useId()
  const [searchParams, setSearchParams] = useSearchParams()
  const requestedMode = searchParams.get('dataMode')
  const dataMode: DataModeFilter = isDataMode(requestedMode) ? requestedMode : 'real'
  const selectedId = searchParams.get('request')
  const requests = useRequests({ dataMode })
  const items = requests.data?.pages.flatMap((page) => page.items) ?? []

  const update = useCallback(
    (name: string, value: string | null) =>
      setSearchParams((params) => {
        if (value === null) params.delete(name)
        else params.set(name, value)
        return params
      }),
    [setSearchParams],
  )
  const closeDetail = useCallback(() => update('request', null), [update])

  return (
    <div className="stack">
      <div className="page-header">
        <h1>Requests</h1>
        <div className="filter">
          <label htmlFor={filterId}>Data</label>
          <select
            id={filterId}
            value={dataMode}
            onChange={(event) => update('dataMode', event.target.value === 'real' ? null : event.target.value)}
          >
            {dataModes.map((mode) => (
              <option key={mode} value={mode}>
                {dataModeLabels[mode]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <section className="card table-card" aria-label="Latest requests">
        {requests.isPending && <p className="muted">Loading requests…</p>}
        {requests.isError && !requests.isFetchNextPageError && (
          <div role="alert" className="alert">
            Could not load requests: {requests.error.message}
          </div>
        )}
        {requests.isSuccess && items.length === 0 && (
          <p className="muted">
            No {dataMode === 'all' ? '' : `${dataMode} `}requests yet.{' '}
            {dataMode === 'real' && (
              <>
                Demo and test requests are not shown here: <Link to="?dataMode=all">show all data</Link>.
              </>
            )}
          </p>
        )}
        {items.length > 0 && (
          <RequestsTable requests={items} selectedId={selectedId} onSelect={(id) => update('request', id)} />
        )}
        {requests.hasNextPage && (
          <button
            type="button"
            className="secondary load-more"
            onClick={() => requests.fetchNextPage()}
            disabled={requests.isFetchingNextPage}
          >
            {requests.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        )}
        {requests.isFetchNextPageError && (
          <p role="alert" className="field-errors">
            Could not load more: {requests.error?.message}
          </p>
        )}
      </section>
      {selectedId && <RequestDetailPanel id={selectedId} onClose={closeDetail} />}
    </div>
  )
}
