import { QueryState } from '@/components/QueryState'
import { formatUsd } from '@/lib/format'
import { useOpenRecommendations } from '../../api/get-governance'

const shown = 5

/** The open recommendations with the largest savings. */
export function TopRecommendationsWidget() {
  const query = useOpenRecommendations()
  return (
    <QueryState query={query} what="recommendations" isEmpty={(d) => d.items.length === 0} empty="No recommendations yet">
      {({ items, openMonthlySavingUsd }) => (
        <>
          <p>
            Open savings: <strong>{formatUsd(openMonthlySavingUsd)}</strong> a month
          </p>
          <ul className="plain-list" aria-label="Top recommendations">
            {items.slice(0, shown).map((r) => (
              <li key={r.id}>
                <strong>{r.title}</strong>{' '}
                <span className="muted">
                  {formatUsd(r.savingUsd)} {r.savingBasis === 'monthly' ? 'a month' : 'on the spike'}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </QueryState>
  )
}
