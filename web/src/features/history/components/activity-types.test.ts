import { describe, expect, it } from 'vitest'
import { activityLabel } from './activity-types'

describe('activity labels', () => {
  it('reads the recorded types as words', () => {
    expect(activityLabel('api_key_created')).toBe('API key created')
    expect(activityLabel('login_failed')).toBe('Sign-in failed')
    expect(activityLabel('organization_updated')).toBe('Organization updated')
  })
})
