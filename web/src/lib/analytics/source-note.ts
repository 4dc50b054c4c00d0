import type { components } from '@/lib/api/schema'
import { formatUtcThrough } from '@/lib/format'
import type { AnalyticsFilters } from './filters'

/** How the figures of one answer were put together from provider billing and telemetry. */
export type SourceNote = components['schemas']['SourceNote']

const wholePercent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 })
/** Whole percents, without rounding a sliver to 0% or nearly all to 100%. */
function shareText(share: number) {
  if (share < 0.005) return 'under 1%'
  return share < 1 && share >= 0.995 ? 'over 99%' : wholePercent.format(share)
}

function narrowedBy(filters: AnalyticsFilters) {
  const names = [filters.team && 'team', filters.environment && 'environment'].filter(Boolean)
  return names.length ? `filtered by ${names.join(' and ')}` : ''
}

function blendedParts(note: SourceNote, now: Date) {
  if (note.billingThroughUtc) return [`Billing through ${formatUtcThrough(note.billingThroughUtc, now)}, telemetry after`]
  if (note.providers.length === 0) return ['From telemetry: no provider billing']
  return ['From telemetry: provider billing has not reached this range yet']
}

/** One line saying where the figures come from, e.g. "Billing through 02:00 UTC, telemetry after · 12% unattributed". */
export function describeSourceNote(note: SourceNote, filters: AnalyticsFilters, now = new Date()): string {
  if (note.source === 'telemetry') return 'Telemetry only'
  if (filters.dataMode === 'demo') return 'Demo calls: telemetry only'
  if (filters.dataMode === 'test') return 'Test calls: telemetry only'
  if (note.source === 'billed') {
    return note.billingThroughUtc ? `Provider billing only, through ${formatUtcThrough(note.billingThroughUtc, now)}` : 'Provider billing only'
  }
  if (note.attributedOnly) {
    const reason = narrowedBy(filters)
    return `Attributed telemetry only${reason ? ` (${reason})` : ''}`
  }
  const parts = blendedParts(note, now)
  if (note.unattributedShare) parts.push(`${shareText(note.unattributedShare)} unattributed`)
  return parts.join(' · ')
}
