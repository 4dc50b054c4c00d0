import { describe, expect, it } from 'vitest'
import { pausedText, planLabel, progressValue, usageText } from './plan-usage'
import { timeZoneOptions } from './time-zones'

const usage = {
  plan: 'free',
  requestsUsed: 1234,
  monthlyRequestLimit: 10000,
  percentUsed: 12.3,
  limitReached: false,
  resetsAt: '2027-01-01T00:00:00Z',
}

describe('plan usage', () => {
  it('reads used against the limit with the percentage', () => {
    expect(usageText(usage)).toBe('1,234 of 10,000 requests this month (12.3%)')
  })

  it('says when the plan has no limit', () => {
    expect(usageText({ ...usage, plan: 'enterprise', monthlyRequestLimit: null, percentUsed: null })).toBe(
      '1,234 requests this month; no limit on the Enterprise plan',
    )
    expect(usageText({ ...usage, plan: 'enterprise', requestsUsed: 1, monthlyRequestLimit: null, percentUsed: null })).toBe(
      '1 request this month; no limit on the Enterprise plan',
    )
  })

  it('names the limit, the plan and the UTC reset day when telemetry is paused', () => {
    expect(pausedText({ ...usage, requestsUsed: 10003, limitReached: true })).toBe(
      'Telemetry is paused: this organization used its 10,000 requests of the Free plan this month. ' +
        'Provider billing sync continues. Usage resets on Jan 1, 2027.',
    )
  })

  it('keeps the progress value within the limit', () => {
    expect(progressValue({ ...usage, requestsUsed: 10003 })).toBe(10000)
    expect(progressValue({ ...usage, monthlyRequestLimit: null })).toBeNull()
    expect(planLabel('starter')).toBe('Starter')
  })

  it('lists UTC first and keeps the current zone', () => {
    expect(timeZoneOptions('Europe/Paris', ['Africa/Abidjan', 'Europe/Paris', 'UTC'])).toEqual(['UTC', 'Africa/Abidjan', 'Europe/Paris'])
    expect(timeZoneOptions('Etc/GMT+1', ['Europe/Paris'])).toEqual(['Etc/GMT+1', 'UTC', 'Europe/Paris'])
  })
})
