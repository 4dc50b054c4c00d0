import type { AnalyticsFilters } from '@/lib/analytics/filters'
import { describeSourceNote, type SourceNote as Note } from '@/lib/analytics/source-note'

/** Where the figures above come from; nothing when the answer says nothing about it. */
export function SourceNote({ note, filters }: { note?: Note | null; filters: AnalyticsFilters }) {
  if (!note) return null
  return <p className="source-note">{describeSourceNote(note, filters)}</p>
}
