import { formatUsd } from '@/lib/format'

type CostProps = { costUsd?: number | null; priceKnown: boolean }

export function Cost({ costUsd, priceKnown }: CostProps) {
  if (!priceKnown) {
    return (
      <span className="badge warn" title="No price is known for this model; its spend is counted as unpriced.">
        unpriced
      </span>
    )
  }
  return costUsd == null ? <span className="muted">—</span> : <>{formatUsd(costUsd)}</>
}
