import { describe, expect, it } from 'vitest'
import { defaultCustomDays, parseFilters, rangeInstants, showDataMode, toApiQuery, writeFilters } from './filters'

const params = (query: string) => new URLSearchParams(query)

describe('analytics filters in the URL', () => {
  it('reads the defaults from an empty URL', () => {
    expect(parseFilters(params(''))).toEqual({ range: '30d', dataMode: 'real' })
  })

  it('reads every filter and ignores values the API would refuse', () => {
    expect(
      parseFilters(params('range=7d&provider=openai&model=gpt-4.1&team=search&environment=prod&dataMode=all')),
    ).toEqual({ range: '7d', provider: 'openai', model: 'gpt-4.1', team: 'search', environment: 'prod', dataMode: 'all' })
    expect(parseFilters(params('range=1y&environment=qa&dataMode=fake&team=%20%20'))).toEqual({
      range: '30d',
      dataMode: 'real',
    })
  })

  it('keeps from and to only for a custom range, and only as days', () => {
    expect(parseFilters(params('range=custom&from=2026-11-01&to=2026-11-30'))).toMatchObject({
      from: '2026-11-01',
      to: '2026-11-30',
    })
    expect(parseFilters(params('range=7d&from=2026-11-01'))).not.toHaveProperty('from')
    expect(parseFilters(params('range=custom&from=yesterday'))).not.toHaveProperty('from')
  })

  it('writes changes without defaults, keeps other params and drops days when leaving custom', () => {
    const custom = writeFilters(params('groupBy=team'), { range: 'custom', from: '2026-11-01', to: '2026-11-30' })
    expect(custom.toString()).toBe('groupBy=team&range=custom&from=2026-11-01&to=2026-11-30')
    expect(writeFilters(custom, { range: '7d', team: ' search ' }).toString()).toBe('groupBy=team&range=7d&team=search')
    expect(writeFilters(params('range=7d&dataMode=demo&team=x'), { range: '30d', dataMode: 'real', team: '' }).toString()).toBe('')
  })

  it('sends custom days to the API as UTC instants with the last day included', () => {
    const query = toApiQuery({ range: 'custom', from: '2026-11-01', to: '2026-11-30', dataMode: 'demo', team: 'search' })
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      range: 'custom',
      from: '2026-11-01T00:00:00Z',
      to: '2026-12-01T00:00:00Z',
      dataMode: 'demo',
      team: 'search',
    })
    expect(toApiQuery({ range: '7d', dataMode: 'real' }, { groupBy: 'team', thenBy: undefined })).toBe(
      'range=7d&dataMode=real&groupBy=team',
    )
  })

  it('starts a custom range on the last 30 days', () => {
    expect(defaultCustomDays('2026-12-02')).toEqual({ from: '2026-11-03', to: '2026-12-02' })
  })

  it('reads the source, blended when none is given, and old telemetry links as telemetry', () => {
    expect(parseFilters(params('source=billed')).source).toBe('billed')
    expect(parseFilters(params('source=telemetry')).source).toBe('telemetry')
    expect(parseFilters(params('source=ingest')).source).toBe('telemetry')
    expect(parseFilters(params('source=blended'))).not.toHaveProperty('source')
    expect(parseFilters(params('source=invoices'))).not.toHaveProperty('source')
    expect(writeFilters(params('source=billed'), { source: 'blended' }).toString()).toBe('')
  })

  it('reads the days of instants the request log wrote into a custom range', () => {
    expect(parseFilters(params('range=custom&from=2026-11-05T10:00:00Z&to=2026-11-07T09:30:00Z'))).toMatchObject({
      from: '2026-11-05',
      to: '2026-11-07',
    })
  })

  it('gives the range as UTC instants, a preset running through now', () => {
    const today = '2026-12-02'
    expect(rangeInstants({ range: '7d', dataMode: 'real' }, today)).toEqual({ from: '2026-11-26T00:00:00Z' })
    expect(rangeInstants({ range: 'mtd', dataMode: 'real' }, today)).toEqual({ from: '2026-12-01T00:00:00Z' })
    expect(rangeInstants({ range: 'custom', from: '2026-11-01', to: '2026-11-30', dataMode: 'real' }, today)).toEqual({
      from: '2026-11-01T00:00:00Z',
      to: '2026-12-01T00:00:00Z',
    })
  })

  it('leaves provider billing, which is real usage only, to show demo or test data', () => {
    expect(showDataMode({ range: '7d', dataMode: 'real', source: 'billed' }, 'demo')).toEqual({ dataMode: 'demo', source: '' })
    expect(showDataMode({ range: '7d', dataMode: 'demo', source: 'telemetry' }, 'demo')).toEqual({ dataMode: 'demo' })
  })
})
