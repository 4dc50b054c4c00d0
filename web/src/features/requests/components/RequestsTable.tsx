import { useEffect, useRef } from 'react'
import { TableHead } from '@/components/TableHead'
import { formatCount } from '@/lib/format'
import type { RequestSummary } from '../api/list-requests'
import { Cost } from './Cost'
import { formatShortUtc } from './utc'

type RequestsTableProps = {
  requests: RequestSummary[]
  openId: string | null
  onOpen: (id: string) => void
}

const columns = [
  'Time (UTC)',
  'Provider',
  'Model',
  'Endpoint tag',
  'Team',
  'User',
  'Status',
  { label: 'Input tokens', numeric: true },
  { label: 'Output tokens', numeric: true },
  { label: 'Cost', numeric: true },
]

const none = <span className="muted">—</span>

/** A cell kept to one line: a long value is cut short on screen, and whole in its tooltip and for screen readers. */
const Truncated = ({ value }: { value: string | null | undefined }) => (value ? <td title={value}>{value}</td> : <td>{none}</td>)

/** When the drawer closes, focus goes back to the row it showed. */
export function RequestsTable({ requests, openId, onOpen }: RequestsTableProps) {
  const openers = useRef(new Map<string, HTMLButtonElement>())
  const lastOpenId = useRef(openId)

  useEffect(() => {
    if (openId === null && lastOpenId.current) openers.current.get(lastOpenId.current)?.focus()
    lastOpenId.current = openId
  }, [openId])

  return (
    <table className="table requests-table">
      <TableHead columns={columns} />
      <tbody>
        {requests.map((request) => (
          <tr
            key={request.id}
            className={request.id === openId ? 'selected' : undefined}
            onClick={() => onOpen(request.id)}
          >
            <td>
              <button
                ref={(button) => {
                  if (button) openers.current.set(request.id, button)
                  return () => void openers.current.delete(request.id)
                }}
                type="button"
                className="link-button"
                aria-expanded={request.id === openId}
                aria-haspopup="dialog"
                onClick={(event) => {
                  event.stopPropagation()
                  onOpen(request.id)
                }}
              >
                {formatShortUtc(request.timestamp)}
              </button>
              {request.dataMode !== 'real' && <span className="badge">{request.dataMode}</span>}
            </td>
            <Truncated value={request.provider} />
            <Truncated value={request.model} />
            <Truncated value={request.endpointTag} />
            <Truncated value={request.teamName ?? request.team} />
            <Truncated value={request.userId} />
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
