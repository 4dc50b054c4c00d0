import { describe, expect, it } from 'vitest'
import { usageOverTime } from '@/test/analytics'
import { averageCostPerRequest, evolutionRows } from './cost-evolution'

const point = { ...usageOverTime.points[0], series: null }

describe('cost evolution', () => {
  it('divides each period\'s spend by its requests and keeps its average latency', () => {
    expect(evolutionRows([{ ...point, spendUsd: 3, requests: 12, averageLatencyMs: 420 }])).toEqual([
      { period: point.period, costPerRequest: 0.25, latencyMs: 420 },
    ])
  })

  it('leaves a gap, not a zero, for a period without requests or timed calls', () => {
    expect(evolutionRows([{ ...point, spendUsd: 0, requests: 0, averageLatencyMs: null }])).toEqual([
      { period: point.period, costPerRequest: null, latencyMs: null },
    ])
  })

  it('averages the range by its total spend and requests, not by the periods\' averages', () => {
    const points = [
      { ...point, spendUsd: 1, requests: 1 },
      { ...point, spendUsd: 1, requests: 9 },
    ]
    expect(averageCostPerRequest(points)).toBe(0.2)
    expect(averageCostPerRequest([])).toBeNull()
  })
})
