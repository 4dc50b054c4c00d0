import { describe, expect, it } from 'vitest'
import { parseFilters } from './filters'
import { anomalyScope, explorerRowScope, filtersScope, requestLogSearch, requestParamOfGrouping, usageSearch, usageSearchForWindow } from './drill-down'

describe('drill-down links', () => {
  it('narrows the request log to a window of instants and a scope, leaving out empty values and the default data mode', () => {
    expect(
      requestLogSearch({ from: '2026-11-24T10:00:00.000Z', to: '2026-11-24T11:00:00Z' }, { model: 'gpt-4o', team: '', userId: undefined }),
    ).toBe('?range=custom&from=2026-11-24T10%3A00%3A00Z&to=2026-11-24T11%3A00%3A00Z&model=gpt-4o')
    expect(requestLogSearch({}, { apiKeyId: 'k1' }, 'demo')).toBe('?dataMode=demo&apiKeyId=k1')
  })

  it('carries the shared filters: a preset as the instant it starts, custom days as instants with the last day included', () => {
    const filters = parseFilters(new URLSearchParams('range=custom&from=2026-11-01&to=2026-11-30&provider=openai&team=search'))
    expect(filtersScope(filters)).toEqual({ provider: 'openai', model: undefined, team: 'search', environment: undefined })
    expect(requestLogSearch({ from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' }, filtersScope(filters))).toBe(
      '?range=custom&from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z&provider=openai&team=search',
    )
  })

  it('reads a request-log link back as the same custom days on a Usage view', () => {
    const search = requestLogSearch({ from: '2026-11-05T10:00:00Z', to: '2026-11-07T09:30:00Z' }, { provider: 'anthropic' })
    expect(parseFilters(new URLSearchParams(search))).toMatchObject({ range: 'custom', from: '2026-11-05', to: '2026-11-07', provider: 'anthropic' })
  })

  it('sends an anomaly window to the days it covers, a window ending at midnight ending the day before', () => {
    expect(usageSearchForWindow({ from: '2026-11-24T22:00:00Z', to: '2026-11-25T00:00:00Z' }, anomalyScope('model', 'gpt-4o'))).toBe(
      '?range=custom&from=2026-11-24&to=2026-11-24&model=gpt-4o',
    )
    expect(usageSearchForWindow({ from: '2026-11-24T22:00:00Z', to: '2026-11-25T01:00:00Z' }, anomalyScope('organization', ''))).toBe(
      '?range=custom&from=2026-11-24&to=2026-11-25',
    )
    expect(anomalyScope('team', 'search')).toEqual({ team: 'search' })
  })

  it('writes Usage filters without their defaults', () => {
    expect(usageSearch({ range: 'mtd', team: 'search' })).toBe('?range=mtd&team=search')
    expect(usageSearch({ range: '30d', provider: 'openai' })).toBe('?provider=openai')
  })

  it('maps explorer groupings to the request log parameters, none for cache outcomes', () => {
    expect(requestParamOfGrouping.apiKey).toBe('apiKeyId')
    expect(requestParamOfGrouping.user).toBe('userId')
    expect(requestParamOfGrouping.cacheOutcome).toBeUndefined()
  })

  it('scopes an explorer row by each of its levels, and not at all when a value cannot be filtered on', () => {
    expect(explorerRowScope([{ grouping: 'model', key: 'gpt-4o' }, { grouping: 'user', key: 'u-1' }])).toEqual({ model: 'gpt-4o', userId: 'u-1' })
    expect(explorerRowScope([{ grouping: 'apiKey', key: '0f8fad5b-d9cb-469f-a165-70867728950e' }])).toEqual({
      apiKeyId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    })
    expect(explorerRowScope([{ grouping: 'team', key: '' }])).toBeUndefined()
    expect(explorerRowScope([{ grouping: 'cacheOutcome', key: 'cache_read' }])).toBeUndefined()
    expect(explorerRowScope([{ grouping: 'apiKey', key: '00000000-0000-0000-0000-000000000000' }])).toBeUndefined()
    expect(explorerRowScope([{ grouping: 'provider', key: 'openai' }, { grouping: 'model', key: '(unattributed)' }])).toBeUndefined()
  })
})
