import { Link } from 'react-router'
import { Permission, useCan } from '@/lib/session/permissions'
import type { RequestDetail } from '../api/get-request'

type StoredContent = NonNullable<RequestDetail['content']>
type Side = StoredContent['input']

/** "3 values redacted (email 2, secret 1)", or null when nothing was. */
export function redactionSummary(redactions: Record<string, number>): string | null {
  const kinds = Object.entries(redactions).filter(([, count]) => count > 0)
  const total = kinds.reduce((sum, [, count]) => sum + count, 0)
  if (total === 0) return null
  const each = kinds.map(([kind, count]) => `${kind.replace('_', ' ')} ${count}`).join(', ')
  return `${total} ${total === 1 ? 'value' : 'values'} redacted (${each})`
}

/** The stored input and output of a request, or why there is none to show. */
export function RequestContent({ detail }: { detail: RequestDetail }) {
  const { content } = detail
  return (
    <section aria-label="Input and output">
      <h3>Input and output</h3>
      {content ? <Stored content={content} /> : <NotShown hidden={detail.contentHidden} />}
    </section>
  )
}

function Stored({ content }: { content: StoredContent }) {
  const redacted = redactionSummary(content.redactions)
  return (
    <>
      {(content.truncated || redacted) && (
        <p className="muted">
          {content.truncated && 'Cut to the stored size limit. '}
          {redacted && `${redacted} before storing.`}
        </p>
      )}
      <SideOf title="Input" side={content.input} />
      <SideOf title="Output" side={content.output} />
    </>
  )
}

function SideOf({ title, side }: { title: string; side: Side }) {
  return (
    <>
      <h4>{title}</h4>
      {side == null ? (
        <p className="muted">None sent.</p>
      ) : typeof side === 'string' ? (
        <pre className="metadata content-text">{side}</pre>
      ) : (
        <ol className="chat-messages" aria-label={`${title} messages`}>
          {side.map((message, i) => (
            <li key={i}>
              <span className="badge">{message.role}</span>
              <pre className="metadata content-text">{message.content}</pre>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}

function NotShown({ hidden }: { hidden: boolean }) {
  const isOwner = useCan(Permission.ownersManage)
  if (hidden)
    return <p className="muted">This organization shows the input and output of requests to owners and admins only.</p>
  return (
    <p className="muted">
      No input or output was stored for this request: storing content is off unless an owner turns it on, and only
      events sent with input or output while it is on have some.{' '}
      {isOwner && <Link to="/settings/organization">Change this in Settings → Organization</Link>}
    </p>
  )
}
