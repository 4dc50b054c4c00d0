import { describe, expect, it } from 'vitest'
import { boardPackDays, boardPackQuery, coveringDays, weekLabel } from './report-dates'

describe('report dates', () => {
  it('labels a week by its Monday and Sunday in the organization time zone', () => {
    // 2026-W48 in Europe/Paris: Monday Nov 23 00:00 (UTC+1) to Monday Nov 30 00:00.
    expect(weekLabel('2026-11-22T23:00:00Z', '2026-11-29T23:00:00Z', 'Europe/Paris')).toBe('Mon, Nov 23 – Sun, Nov 29, 2026')
    expect(weekLabel('2026-11-23T05:00:00Z', '2026-11-30T05:00:00Z', 'America/New_York')).toBe('Mon, Nov 23 – Sun, Nov 29, 2026')
  })

  it('covers a zone week with the UTC days the analytics filters take', () => {
    expect(coveringDays('2026-11-22T23:00:00Z', '2026-11-29T23:00:00Z')).toEqual({ from: '2026-11-22', to: '2026-11-29' })
    expect(coveringDays('2026-11-23T00:00:00Z', '2026-11-30T00:00:00Z')).toEqual({ from: '2026-11-23', to: '2026-11-29' })
  })

  it('reads the board pack days from the URL, falling back to the last 30 days', () => {
    expect(boardPackDays(new URLSearchParams('from=2026-10-01&to=2026-10-31'), '2026-12-06')).toEqual({ from: '2026-10-01', to: '2026-10-31' })
    for (const bad of ['from=2026-10-31&to=2026-10-01', 'from=nope&to=2026-10-01', 'to=2026-10-01', ''])
      expect(boardPackDays(new URLSearchParams(bad), '2026-12-06')).toEqual({ from: '2026-11-07', to: '2026-12-06' })
  })

  it('asks the API for the whole last day', () => {
    expect(boardPackQuery({ from: '2026-10-01', to: '2026-10-31' })).toBe('range=custom&dataMode=real&from=2026-10-01T00%3A00%3A00Z&to=2026-11-01T00%3A00%3A00Z')
  })
})
