import { Fragment, useEffect, useId, type ReactNode } from 'react'
import { formatCount, formatDateTime, formatUsd } from '@/lib/format'
import { useRequest, type RequestDetail } from '../api/get-request'
import { Cost } from './Cost'

type RequestDetailPanelProps = { id: string; onClose: () => void }

export function RequestDetailPanel({ id, onClose }: RequestDetailPanelProps) {
  const headingId = useId()
  const request = useRequest(id)

  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && onClose()
    document.addEventListener('keydown', closeOnEscape)
    return () => document.removeEventListener('keydown', closeOnEscape)
  }, [onClose])

  return (
    <aside className="card detail-panel" aria-labelledby={headingId}>
      <div className="detail-panel-header">
        <h2 id={headingId}>Request details</h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
      {request.isPending && <p className="muted">Loading…</p>}
      {request.isError && (
        <div role="alert" className="alert">
          Could not load this request: {request.error.message}
        </div>
      )}
      {request.data && <RequestFacts detail={request.data} />}
    </aside>
  )
}

function RequestFacts({ detail }: { detail: RequestDetail }) {
  const { request } = detail
  const facts: [string, ReactNode][] = [
    ['Request id', <code>{request.externalRequestId}</code>],
    ['Time', formatDateTime(request.timestamp)],
    ['Received', formatDateTime(detail.receivedAt)],
    ['Provider', request.provider],
    ['Model', request.model],
    ['Endpoint tag', request.endpointTag],
    ['Prompt version', request.promptVersion],
    ['Team', request.team],
    ['User', request.userId],
    ['Environment', request.environment],
    ['Data', request.dataMode],
    ['Status', request.errorCode ? `${request.status} (${request.errorCode})` : request.status],
    ['Input tokens', formatCount(request.inputTokens)],
    ['of which cached', formatCount(request.cachedInputTokens)],
    ['of which cache writes', formatCount(request.cacheWriteTokens)],
    ['Output tokens', formatCount(request.outputTokens)],
    ['Total tokens', formatCount(detail.totalTokens)],
    ['Latency', request.latencyMs == null ? null : `${formatCount(request.latencyMs)} ms`],
    ['Cost', <Cost costUsd={request.costUsd} priceKnown={request.priceKnown} />],
    ['Cost sent by the client', request.clientCostUsd == null ? null : formatUsd(request.clientCostUsd)],
    ['API key', request.apiKeyPrefix && <ApiKeyName name={detail.apiKeyName} prefix={request.apiKeyPrefix} />],
    ['Prompt hash', detail.promptHash && <code>{detail.promptHash}</code>],
    [
      'Metadata',
      detail.metadata == null ? null : <pre className="metadata">{JSON.stringify(detail.metadata, null, 2)}</pre>,
    ],
  ]
  return (
    <dl className="details">
      {facts.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value ?? <span className="muted">—</span>}</dd>
        </Fragment>
      ))}
    </dl>
  )
}

function ApiKeyName({ name, prefix }: { name?: string | null; prefix: string }) {
  return (
    <>
      {name} <code>{prefix}…</code>
    </>
  )
}
