import { describe, expect, it } from 'vitest'
import { blendedNote } from '@/test/analytics'
import type { AnalyticsFilters } from './filters'
import { describeSourceNote, type SourceNote } from './source-note'

const note = blendedNote as SourceNote
const filters: AnalyticsFilters = { range: '30d', dataMode: 'real' }
const sameDay = new Date('2026-11-30T09:00:00Z')

describe('the source note', () => {
  it('says where billing stops and how much of the spend it holds unattributed', () => {
    expect(describeSourceNote(note, filters, sameDay)).toBe('Billing through 02:00 UTC, telemetry after · 12% unattributed')
    expect(describeSourceNote(note, filters, new Date('2026-12-02T09:00:00Z'))).toBe(
      'Billing through Nov 30, 02:00 UTC, telemetry after · 12% unattributed',
    )
    expect(describeSourceNote({ ...note, unattributedShare: 0.001 }, filters, sameDay)).toMatch(/· under 1% unattributed$/)
    expect(describeSourceNote({ ...note, unattributedShare: 0.9996 }, filters, sameDay)).toMatch(/· over 99% unattributed$/)
    expect(describeSourceNote({ ...note, unattributedShare: 1 }, filters, sameDay)).toMatch(/· 100% unattributed$/)
    expect(describeSourceNote({ ...note, unattributedShare: 0 }, filters, sameDay)).toBe('Billing through 02:00 UTC, telemetry after')
  })

  it('says the figures are the attributed slice, and why, under a telemetry-only filter or view', () => {
    const attributed = { ...note, attributedOnly: true }
    expect(describeSourceNote(attributed, { ...filters, team: 'search' })).toBe('Attributed telemetry only (filtered by team)')
    expect(describeSourceNote(attributed, { ...filters, team: 'search', environment: 'prod' })).toBe(
      'Attributed telemetry only (filtered by team and environment)',
    )
    expect(describeSourceNote(attributed, filters)).toBe('Attributed telemetry only')
  })

  it('names telemetry alone when billing has nothing for the range', () => {
    const noBilling = { ...note, billingThroughUtc: null, unattributedShare: null }
    expect(describeSourceNote({ ...noBilling, providers: [] }, filters)).toBe('From telemetry: no provider billing')
    expect(describeSourceNote(noBilling, filters)).toBe('From telemetry: provider billing has not reached this range yet')
  })

  it('says demo and test calls are telemetry alone', () => {
    const noBilling = { ...note, billingThroughUtc: null }
    expect(describeSourceNote(noBilling, { ...filters, dataMode: 'demo' })).toBe('Demo calls: telemetry only')
    expect(describeSourceNote(noBilling, { ...filters, dataMode: 'test' })).toBe('Test calls: telemetry only')
  })

  it('names a single source when one is chosen', () => {
    expect(describeSourceNote({ ...note, source: 'billed' }, filters, sameDay)).toBe('Provider billing only, through 02:00 UTC')
    expect(describeSourceNote({ ...note, source: 'telemetry' }, filters)).toBe('Telemetry only')
  })
})
