import { TableHead } from '@/components/TableHead'
import { formatCount, formatShortDateTime } from '@/lib/format'
import type { RequestSummary } from '../api/list-requests'
import { Cost } from './Cost'

type RequestsTableProps = {
  requests: RequestSummary[]
  selectedId: string | null
  onSelect: (id: string) => void
}

const columns = [
  'Time',
  'Model',
  'Endpoint tag',
  'Team',
  'Status',
  { label: 'Input tokens', numeric: true },
  { label: 'Output tokens', numeric: true },
  { label: 'Cost', numeric: true },
]

const none = <span className="muted">—</span>

export function RequestsTable({ requests, selectedId, onSelect }: RequestsTableProps) {
  return (
    <table className="table requests-table">
      <TableHead columns={columns} />
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
