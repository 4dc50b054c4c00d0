import { Link } from 'react-router'
import { LoadDemoData } from '@/features/ingest/components/LoadDemoData'
import { showDataMode } from '@/lib/analytics/filters'
import { useAnalyticsFilters } from '@/lib/analytics/use-filters'

/** Loads demo data and shows it at once: demo calls are kept out of the real figures the Data filter shows by default. */
export function TryDemoData() {
  const { filters, setFilters } = useAnalyticsFilters()
  return (
    <LoadDemoData
      label="Try demo data"
      onLoaded={() => setFilters(showDataMode(filters, 'demo'))}
      next={
        <>
          The figures now show them (Data: Demo); <Link to="/requests?dataMode=demo">see the requests</Link>.
        </>
      }
    />
  )
}
