import { formatOptional, formatPercent } from '@/lib/format'

/** A share of the whole as a bar behind its percentage. */
export function ShareBar({ share }: { share?: number | null }) {
  return (
    <span className="share">
      <span className="share-bar" style={{ width: `${Math.round((share ?? 0) * 100)}%` }} aria-hidden />
      {formatOptional(share, formatPercent)}
    </span>
  )
}
