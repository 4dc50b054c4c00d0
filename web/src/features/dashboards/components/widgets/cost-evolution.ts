import type { UsagePoint } from '../../api/get-usage-over-time'

export type EvolutionRow = { period: string; costPerRequest: number | null; latencyMs: number | null }

/** Per period: spend / requests (none without requests) and the average latency of the calls that report one. */
export const evolutionRows = (points: UsagePoint[]): EvolutionRow[] =>
  points.map((p) => ({
    period: p.period,
    costPerRequest: p.requests > 0 ? p.spendUsd / p.requests : null,
    latencyMs: p.averageLatencyMs ?? null,
  }))

/** Over the whole range: total spend / total requests. */
export function averageCostPerRequest(points: UsagePoint[]): number | null {
  const requests = points.reduce((sum, p) => sum + p.requests, 0)
  return requests > 0 ? points.reduce((sum, p) => sum + p.spendUsd, 0) / requests : null
}
