import { useState } from 'react'
import { ConfirmInline } from '@/components/ConfirmInline'
import { showDataMode } from '@/lib/analytics/filters'
import { useAnalyticsFilters } from '@/lib/analytics/use-filters'
import { Permission, useCan } from '@/lib/session/permissions'
import { useClearData } from '../api/clear-data'
import { useHasDemoData } from '../api/get-demo-data-presence'
import { demoBannerDismissal } from './demo-banner-dismissal'

/** While the organization holds demo data: whether the figures show it, a switch, and a way to remove it. */
export function DemoDataBanner() {
  const hasDemoData = useHasDemoData()
  const { filters, setFilters } = useAnalyticsFilters()
  const canRemove = useCan(Permission.dataManage)
  const remove = useClearData()
  const [confirming, setConfirming] = useState(false)
  const [dismissed, setDismissed] = useState(demoBannerDismissal.isDismissed)
  if (!hasDemoData.data || dismissed) return null

  const showsDemo = filters.dataMode === 'demo' || filters.dataMode === 'all'
  const removeAll = () =>
    remove.mutate({ dataMode: 'demo', scope: 'workspace' }, { onSuccess: () => setFilters({ dataMode: 'real' }) })
  const dismiss = () => {
    demoBannerDismissal.dismiss()
    setDismissed(true)
  }

  return (
    <section className="demo-banner" aria-label="Demo data">
      <p>
        <strong>{showsDemo ? 'Showing demo data.' : 'Demo data is loaded, and hidden: showing real data.'}</strong>{' '}
        <span className="muted">
          Demo calls are marked as demo and never mix into real figures; the Data filter chooses which you see.
        </span>
      </p>
      <div className="button-row">
        {showsDemo ? (
          <button type="button" className="secondary" onClick={() => setFilters({ dataMode: 'real' })}>
            Show real data
          </button>
        ) : (
          <button type="button" className="secondary" onClick={() => setFilters(showDataMode(filters, 'demo'))}>
            Show demo data
          </button>
        )}
        {canRemove && !confirming && (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Remove demo data
          </button>
        )}
        {confirming && (
          <ConfirmInline
            label="Confirm removing demo data"
            question="Delete the demo data of everyone in this organization?"
            confirm="Yes, remove demo data"
            pending={remove.isPending}
            pendingText="Removing…"
            onConfirm={removeAll}
            onCancel={() => setConfirming(false)}
          />
        )}
        <button type="button" className="link-button" aria-label="Dismiss the demo data notice" onClick={dismiss}>
          ×
        </button>
      </div>
      {remove.isError && (
        <p role="alert" className="field-errors">
          Could not remove demo data: {remove.error.message}
        </p>
      )}
    </section>
  )
}
