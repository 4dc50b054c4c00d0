import { formatCount, formatSpend } from '@/lib/format'

const unpricedHint = 'No price is known for some models here; their calls are counted as unpriced, not as $0.'

/** A spend figure, with how many of its calls are unpriced; "unpriced" alone when none could be priced. */
export function Spend({ usd, unpriced }: { usd: number; unpriced: number }) {
  if (unpriced === 0) return <>{formatSpend(usd)}</>
  if (usd === 0) {
    return (
      <span className="badge warn" title={unpricedHint}>
        {formatSpend(usd, unpriced)}
      </span>
    )
  }
  return (
    <>
      {formatSpend(usd)}
      <span className="badge warn" title={unpricedHint}>
        {formatCount(unpriced)} unpriced
      </span>
    </>
  )
}
