import { Fragment, type ReactNode } from 'react'
import { formatCount, formatUsd } from '@/lib/format'
import type { RequestDetail } from '../api/get-request'
import { Cost } from './Cost'
import { formatUtc } from './utc'

type Facts = [term: string, value: ReactNode][]

/** Every field of one request, in groups: what it was, who sent it, what it used and cost, how it went. */
export function RequestFacts({ detail }: { detail: RequestDetail }) {
  const { request } = detail
  const groups: [title: string, facts: Facts][] = [
    [
      'Call',
      [
        ['Id', <code>{request.id}</code>],
        ['Request id', <code>{request.externalRequestId}</code>],
        ['Time', formatUtc(request.timestamp)],
        ['Received', formatUtc(detail.receivedAt)],
        ['Provider', request.provider],
        ['Model', request.model],
        ['Status', request.status],
        ['Error code', request.errorCode && <code>{request.errorCode}</code>],
        ['Latency', request.latencyMs == null ? null : `${formatCount(request.latencyMs)} ms`],
      ],
    ],
    [
      'Attribution',
      [
        ['Team', request.teamName ?? request.team],
        ['User', request.userId],
        ['Endpoint tag', request.endpointTag],
        ['Prompt version', request.promptVersion],
        ['Environment', request.environment],
        ['Data', request.dataMode],
        ['API key', request.apiKeyPrefix && <ApiKeyName name={detail.apiKeyName} prefix={request.apiKeyPrefix} />],
      ],
    ],
    [
      'Tokens',
      [
        ['Input tokens', formatCount(request.inputTokens)],
        ['of which cached', formatCount(request.cachedInputTokens)],
        ['of which cache writes', formatCount(request.cacheWriteTokens)],
        ['Output tokens', formatCount(request.outputTokens)],
        ['Total tokens', formatCount(detail.totalTokens)],
      ],
    ],
    [
      'Cost',
      [
        ['Cost', <Cost costUsd={request.costUsd} priceKnown={request.priceKnown} />],
        ['Price known', request.priceKnown ? 'Yes' : 'No: this model has no price, its spend counts as unpriced'],
        ['Cost sent by the client', request.clientCostUsd == null ? null : formatUsd(request.clientCostUsd)],
      ],
    ],
    [
      'Content',
      [
        ['Prompt hash', detail.promptHash && <code>{detail.promptHash}</code>],
        [
          'Metadata',
          detail.metadata == null ? null : <pre className="metadata">{JSON.stringify(detail.metadata, null, 2)}</pre>,
        ],
      ],
    ],
  ]
  return groups.map(([title, facts]) => (
    <section key={title} aria-label={title}>
      <h3>{title}</h3>
      <dl className="details">
        {facts.map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{value ?? <span className="muted">—</span>}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  ))
}

function ApiKeyName({ name, prefix }: { name?: string | null; prefix: string }) {
  return (
    <>
      {name} <code>{prefix}…</code>
    </>
  )
}
