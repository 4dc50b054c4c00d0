import { sumBy } from '@/lib/analytics/sum'
import type { UsageExplorer } from '../api/get-usage-explorer'

/** The explorer's totals: its listed rows and the rest summed, so the cards and the table agree. */
export function explorerTotals({ rows, rest }: UsageExplorer) {
  const all = rest ? [...rows, rest] : rows
  return {
    spendUsd: sumBy(all, (row) => row.spendUsd),
    unpricedRequests: sumBy(all, (row) => row.unpricedRequests),
    requests: sumBy(all, (row) => row.requests),
    totalTokens: sumBy(all, (row) => row.totalTokens),
  }
}

/** The provider with the largest share of spend, from the explorer grouped by provider; none without spend. */
export function topProvider({ rows }: UsageExplorer) {
  const top = rows.reduce<(typeof rows)[number] | undefined>((best, row) => (!best || row.spendUsd > best.spendUsd ? row : best), undefined)
  return top && top.share !== null && top.spendUsd > 0 ? { label: top.label, share: top.share } : undefined
}
