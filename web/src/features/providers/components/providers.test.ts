import { describe, expect, it } from 'vitest'
import type { ProviderConnection } from '../api/list-providers'
import { dataRangeDays } from './providers'

const connection = (dataFrom: string | null, dataTo: string | null) => ({ dataFrom, dataTo }) as ProviderConnection

describe('dataRangeDays', () => {
  it('counts the calendar days the synced buckets touch, as the backfill progress does', () => {
    expect(dataRangeDays(connection('2026-11-07T00:00:00Z', '2026-12-06T11:00:00Z'))).toBe(30)
    expect(dataRangeDays(connection('2026-12-06T00:00:00Z', '2026-12-06T01:00:00Z'))).toBe(1)
    expect(dataRangeDays(connection('2026-12-05T00:00:00Z', '2026-12-06T00:00:00Z'))).toBe(1)
    expect(dataRangeDays(connection(null, null))).toBeNull()
  })
})
