import { describe, expect, it } from 'vitest'
import type { ExplorerRow, UsageExplorer } from '../api/get-usage-explorer'
import { explorerTotals, topProvider } from './usage-summary'

const row = (key: string, spendUsd: number, requests: number, share: number | null): ExplorerRow => ({
  key,
  label: key,
  subKey: null,
  subLabel: null,
  spendUsd,
  requests,
  errors: 0,
  inputTokens: requests * 10,
  outputTokens: requests,
  totalTokens: requests * 11,
  unpricedRequests: 0,
  share,
})

const explorer = (rows: ExplorerRow[], rest?: UsageExplorer['rest']) => ({ rows, rest }) as UsageExplorer

describe('the Usage summary', () => {
  it('adds up the listed rows and the rest, as the table shows them', () => {
    const rest = { ...row('', 1, 4, 0.1), rows: 3 }
    expect(explorerTotals(explorer([row('openai', 6, 10, 0.6), row('anthropic', 3, 5, 0.3)], rest))).toEqual({
      spendUsd: 10,
      unpricedRequests: 0,
      requests: 19,
      totalTokens: 209,
    })
  })

  it('names the provider with the most spend and its share, none without spend', () => {
    expect(topProvider(explorer([row('anthropic', 3, 5, 0.3), row('openai', 7, 10, 0.7)]))).toEqual({ label: 'openai', share: 0.7 })
    expect(topProvider(explorer([row('openai', 0, 10, null)]))).toBeUndefined()
    expect(topProvider(explorer([]))).toBeUndefined()
  })
})
