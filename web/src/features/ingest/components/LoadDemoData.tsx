import type { ReactNode } from 'react'
import { formatCount, formatDate } from '@/lib/format'
import { Permission, useCan } from '@/lib/session/permissions'
import { useLoadDemoData } from '../api/load-demo-data'

type LoadDemoDataProps = {
  label: string
  /** Shown after the success message, e.g. where to look at the new data. */
  next?: ReactNode
  /** Called once the data is in, e.g. to show it. */
  onLoaded?: () => void
}

/** Nothing for a role that may not load demo data. */
export function LoadDemoData({ label, next, onLoaded }: LoadDemoDataProps) {
  const canLoad = useCan(Permission.dataManage)
  const load = useLoadDemoData()
  if (!canLoad) return null

  return (
    <div className="load-demo">
      <button type="button" className="secondary" onClick={() => load.mutate(undefined, { onSuccess: onLoaded })} disabled={load.isPending}>
        {load.isPending ? 'Loading demo data…' : label}
      </button>
      {load.isSuccess && (
        <p role="status">
          Loaded {formatCount(load.data.inserted)} demo requests dated {formatDate(load.data.from)} to{' '}
          {formatDate(load.data.to)}. They are marked as demo, so real figures stay clean. {next}
        </p>
      )}
      {load.isError && (
        <p role="alert" className="field-errors">
          Could not load demo data: {load.error.message}
        </p>
      )}
    </div>
  )
}
