import type { Mock } from 'vitest'
import { queriesTo, type Routes } from './api'

const window = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' }
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T00:00:00Z`

export const overview = {
  ...window,
  spendUsd: 1234.5,
  monthToDateSpendUsd: 98.765,
  requests: 12345,
  errors: 123,
  errorRate: 0.00996,
  inputTokens: 900_000,
  outputTokens: 100_000,
  cachedInputTokens: 50_000,
  totalTokens: 1_000_000,
  costPer1kTokensUsd: 1.2345,
  tokenEfficiency: 0.1,
  averageCostPerRequestUsd: 0.1,
  averageLatencyMs: 640,
  latencyP50Ms: 512,
  latencyP95Ms: 2345,
  activeUsers: 42,
  averageCostPerUserUsd: 29.39,
  averageRequestsPerUser: 293.9,
  unpricedRequests: 7,
  providers: [{ provider: 'openai', spendUsd: 1234.5, requests: 12345, share: 1 }],
  topProviderShare: 1,
}

export const emptyOverview = {
  ...overview,
  spendUsd: 0,
  monthToDateSpendUsd: 0,
  requests: 0,
  errors: 0,
  errorRate: null,
  totalTokens: 0,
  tokenEfficiency: null,
  averageCostPerRequestUsd: null,
  averageLatencyMs: null,
  costPer1kTokensUsd: null,
  latencyP50Ms: null,
  latencyP95Ms: null,
  activeUsers: 0,
  unpricedRequests: 0,
}

const point = (n: number, series: string | null, spendUsd: number, requests: number) => ({
  period: day(n),
  series,
  spendUsd,
  requests,
  errors: Math.round(requests / 10),
  uncachedInputTokens: requests * 100,
  cachedInputTokens: requests * 10,
  cacheWriteTokens: requests,
  outputTokens: requests * 20,
  averageLatencyMs: 500,
})

export const usageOverTime = {
  ...window,
  interval: 'day',
  points: [point(1, 'openai', 1.5, 10), point(1, 'anthropic', 2.25, 20), point(2, 'openai', 0.75, 5)],
}

export const costPerModel = {
  ...window,
  models: [
    { provider: 'openai', model: 'gpt-4.1', spendUsd: 3.5, requests: 30, inputTokens: 3000, outputTokens: 600, unpricedRequests: 0, averageCostPerRequestUsd: 0.1167, share: 0.7 },
    { provider: 'acme', model: 'acme-large', spendUsd: 1.5, requests: 5, inputTokens: 500, outputTokens: 100, unpricedRequests: 2, averageCostPerRequestUsd: null, share: 0.3 },
  ],
}

export const latency = {
  ...window,
  overall: { model: '', calls: 35, averageMs: 700, p50Ms: 450, p95Ms: 1800 },
  models: [{ model: 'gpt-4.1', calls: 30, averageMs: 650.4, p50Ms: 400, p95Ms: 1500 }],
}

export const explorerRow = (key: string, label: string, spendUsd: number, requests: number) => ({
  key,
  label,
  subKey: null,
  subLabel: null,
  spendUsd,
  requests,
  errors: 1,
  inputTokens: requests * 100,
  outputTokens: requests * 10,
  totalTokens: requests * 110,
  unpricedRequests: 0,
  share: spendUsd / 10,
})

export const explorerByTeam = {
  ...window,
  groupBy: 'team',
  thenBy: null,
  dayGrained: true,
  rows: [explorerRow('search', 'search', 6, 60), explorerRow('', 'No team', 4, 40)],
  totalRows: 2,
  rest: null,
}

export const topUsers = {
  ...window,
  byCost: [
    { userId: 'grace', spendUsd: 5, requests: 10, inputTokens: 1000, outputTokens: 100 },
    { userId: '', spendUsd: 1, requests: 50, inputTokens: 5000, outputTokens: 500 },
  ],
  byRequests: [
    { userId: '', spendUsd: 1, requests: 50, inputTokens: 5000, outputTokens: 500 },
    { userId: 'grace', spendUsd: 5, requests: 10, inputTokens: 1000, outputTokens: 100 },
  ],
  activeUsers: 2,
  averageCostPerUserUsd: 3,
  averageRequestsPerUser: 30,
}

export const userTimelines = {
  ...window,
  days: [
    { day: day(1), activeUsers: 2, averageCostPerUserUsd: 3, averageRequestsPerUser: 30 },
    { day: day(2), activeUsers: 0, averageCostPerUserUsd: null, averageRequestsPerUser: null },
  ],
}

export const userPivotByTeam = {
  ...window,
  by: 'team',
  columns: ['search', ''],
  rows: [
    {
      userId: 'grace',
      spendUsd: 5,
      requests: 10,
      cells: [
        { column: 'search', spendUsd: 4, requests: 8 },
        { column: '', spendUsd: 1, requests: 2 },
      ],
    },
  ],
  totalUsers: 1,
  rest: null,
}

const tokenRow = (key: string, requests: number, averageInputPerRequest: number | null = 110.25) => ({
  key,
  requests,
  uncachedInputTokens: requests * 100,
  cachedInputTokens: requests * 10,
  cacheWriteTokens: requests,
  outputTokens: requests * 20,
  totalTokens: requests * 131,
  averageInputPerRequest,
  averageOutputPerResponse: requests ? 20 : null,
})

export const tokenUsage = {
  ...window,
  total: tokenRow('', 30),
  byDay: [tokenRow('2026-11-01', 20), tokenRow('2026-11-02', 10)],
  byEndpointTag: [tokenRow('search', 25), tokenRow('', 5)],
  byModel: [tokenRow('gpt-4.1', 30, null)],
}

const versionStats = (promptVersion: string, requests: number, spendUsd: number) => ({
  promptVersion,
  requests,
  spendUsd,
  costPerRequestUsd: requests ? spendUsd / requests : null,
  averageInputTokens: requests ? 1200.5 : null,
  averageOutputTokens: requests ? 300 : null,
  averageLatencyMs: requests ? 850 : null,
  errorRate: requests ? 0.025 : null,
  unpricedRequests: 0,
})

export const promptVersions = {
  ...window,
  endpointTag: 'search',
  versions: [versionStats('v1', 40, 2), versionStats('v2', 10, 1.5), versionStats('v3', 0, 0)],
}

const amounts = (billedUsd: number, attributedUsd: number) => ({
  billedUsd,
  attributedUsd,
  gapUsd: billedUsd - attributedUsd,
  coverage: billedUsd ? attributedUsd / billedUsd : null,
})

export const reconciliation = {
  ...window,
  ...amounts(12, 9),
  days: [{ day: day(1), ...amounts(10, 8) }, { day: day(2), ...amounts(2, 1) }],
  rows: [
    { day: day(1), provider: 'openai', model: 'gpt-4.1', ...amounts(10, 7.5) },
    { day: day(1), provider: 'openai', model: 'gpt-4o-mini', ...amounts(0, 0.5) },
    { day: day(2), provider: 'anthropic', model: 'claude-sonnet-4', ...amounts(2, 1) },
  ],
}

/** Every analytics endpoint answering the fixtures above, whatever the filters. */
export const analyticsRoutes = (overrides: Routes = {}): Routes => ({
  'GET /v1/dashboard/overview': overview,
  'GET /v1/dashboard/spend-over-time': usageOverTime,
  'GET /v1/dashboard/token-consumption': usageOverTime,
  'GET /v1/dashboard/request-volume': usageOverTime,
  'GET /v1/dashboard/cost-per-model': costPerModel,
  'GET /v1/dashboard/latency': latency,
  'GET /v1/usage/explorer': explorerByTeam,
  'GET /v1/dashboard/top-users': topUsers,
  'GET /v1/dashboard/user-timelines': userTimelines,
  'GET /v1/dashboard/user-pivot': userPivotByTeam,
  'GET /v1/usage/tokens': tokenUsage,
  'GET /v1/usage/prompt-versions': promptVersions,
  'GET /v1/usage/reconciliation': reconciliation,
  'GET /v1/budgets': [],
  'GET /v1/recommendations': { items: [], openMonthlySavingUsd: 0 },
  'GET /v1/anomalies': { items: [], total: 0, offset: 0, limit: 8 },
  ...overrides,
})

/** The explorer's own queries, not the filter suggestions, which send no sort. */
export const explorerQueries = (fetch: Mock) =>
  queriesTo(fetch, 'GET /v1/usage/explorer').filter((query) => query.has('sort'))

/** A blended answer: billing through 02:00 UTC on Nov 30, telemetry after, 12% of the spend unattributed. */
export const blendedNote = {
  source: 'blended',
  attributedOnly: false,
  billingThroughUtc: '2026-11-30T02:00:00Z',
  unattributedUsd: 1.2,
  unattributedShare: 0.12,
  providers: [
    { provider: 'openai', billingFromUtc: '2026-11-01T00:00:00Z', billingThroughUtc: '2026-11-30T02:00:00Z', lastSyncUtc: '2026-11-30T02:10:00Z' },
  ],
}

export const noted = <T extends object>(answer: T, sourceNote: object = blendedNote) => ({ ...answer, sourceNote })
