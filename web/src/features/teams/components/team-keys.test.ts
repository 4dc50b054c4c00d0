import { describe, expect, it } from 'vitest'
import { coversTeam, keyErrorsOf, keysText, parseKeys } from './team-keys'

describe('team keys', () => {
  it('reads keys separated by commas or lines, trimmed, each once, in order', () => {
    expect(parseKeys(' payments, team-payments\nbilling ,, payments ')).toEqual(['payments', 'team-payments', 'billing'])
    expect(parseKeys('  ')).toEqual([])
    expect(parseKeys(keysText(['a', 'b c']))).toEqual(['a', 'b c'])
  })

  it('gathers the errors of the list and of each key', () => {
    expect(keyErrorsOf({ name: ['Name is required.'], keys: ['Each key may be listed once.'], 'keys[1]': ['Keys cannot be empty.'] })).toEqual([
      'Each key may be listed once.',
      'Keys cannot be empty.',
    ])
  })

  it('finds the budgets scoped to any key of the team', () => {
    const keys = ['payments', 'team-payments']
    expect(coversTeam(keys, { kind: 'team', value: 'team-payments' })).toBe(true)
    expect(coversTeam(keys, { kind: 'team', value: 'search' })).toBe(false)
    expect(coversTeam(keys, { kind: 'provider', value: 'payments' })).toBe(false)
    expect(coversTeam(keys, { kind: 'all' })).toBe(false)
  })
})
