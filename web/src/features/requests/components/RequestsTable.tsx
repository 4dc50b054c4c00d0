import { formatCount, formatShortDateTime } from '@/lib/format'
import type { RequestSummary } from '../api/list-requests'
import { Cost } from './Cost'

type RequestsTableProps = {
  requests: RequestSummary[]
  selectedId: string | null
  onSelect: (id: string) => void
}

const none = <span className="muted">—</span>

export function RequestsTable({ requests, selectedId, onSelect }: RequestsTableProps) {
  return (
    <table className="table requests-table">
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Model</th>
          <th scope="col">Endpoint tag</th>
          <th scope="col">Team</th>
          <th scope="col">Status</th>
          <th scope="col" className="number">Input tokens</th>
          <th scope="col" className="number">Output tokens</th>
          <th scope="col" className="number">Cost</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((request) => (
          <tr
            key={request.id}
            className={request.id === selectedId ? 'selected' : undefined}
            onClick={() => onSelect(request.id)}
          >
            <td>
              <button
                type="button"
                className="link-button"
                aria-pressed={request.id === selectedId}
                onClick={(event) => {
                  event.stopPropagation()
                  onSelect(request.id)
                }}
              >
                {formatShortDateTime(request.timestamp)}
              </button>
              {request.dataMode !== 'real' && <span className="badge">{request.dataMode}</span>}
            </td>
            <td>{request.model}</td>
            <td>{request.endpointTag ?? none}</td>
            <td>{request.team ?? none}</td>
            <td>
              <span className={request.status === 'error' ? 'badge error' : undefined}>{request.status}</span>
            </td>
            <td className="number">{formatCount(request.inputTokens)}</td>
            <td className="number">{formatCount(request.outputTokens)}</td>
            <td className="number">
              <Cost costUsd={request.costUsd} priceKnown={request.priceKnown} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
