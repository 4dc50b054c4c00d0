import { useId } from 'react'
import { LoadMore } from '@/components/LoadMore'
import { TableHead } from '@/components/TableHead'
import { formatShortDateTime, noValue } from '@/lib/format'
import { useActivity } from '../api/list-activity'
import { activityGroups, activityLabel } from './activity-types'

type ActivityLogProps = { type?: string; onTypeChange: (type: string) => void }

const columns = ['When', 'Who', 'What', 'Subject', 'Detail', 'From']

/** Who did what and when: sign-ins, settings and security changes, newest first. */
export function ActivityLog({ type, onTypeChange }: ActivityLogProps) {
  const activity = useActivity(type)
  const typeId = useId()
  const events = activity.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      <div className="field filter">
        <label htmlFor={typeId}>Kind of activity</label>
        <select id={typeId} value={type ?? ''} onChange={(event) => onTypeChange(event.target.value)}>
          <option value="">All activity</option>
          {activityGroups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.types.map((value) => (
                <option key={value} value={value}>
                  {activityLabel(value)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <section tabIndex={0} className="card table-card" aria-label="Activity log" aria-busy={activity.isFetching}>
        {activity.isPending && <p className="muted">Loading activity…</p>}
        {activity.isError && !activity.isFetchNextPageError && (
          <div role="alert" className="alert">
            Could not load activity: {activity.error.message}
          </div>
        )}
        {activity.isSuccess && events.length === 0 && <p className="muted empty-state">No activity{type ? ' of this kind' : ''} yet.</p>}
        {events.length > 0 && (
          <table className="table" aria-label="Activity">
            <TableHead columns={columns} />
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>{formatShortDateTime(event.createdAt)}</td>
                  <td>{event.actorEmail ?? noValue}</td>
                  <td>{activityLabel(event.type)}</td>
                  <td>{event.subject ?? noValue}</td>
                  <td>{event.detail ?? noValue}</td>
                  <td>{event.clientIp ?? noValue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <LoadMore query={activity} label="Load older activity" failure="Could not load older activity" />
      </section>
    </>
  )
}
