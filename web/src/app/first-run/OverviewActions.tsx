import { Link } from 'react-router'
import { ClearMyTestData } from '@/features/ingest/components/ClearMyTestData'
import { TryDemoData } from './TryDemoData'

/** The Overview's header: try demo data, manage it in Data hygiene, or clear one's own test calls. */
export function OverviewActions() {
  return (
    <div className="button-row overview-actions">
      <TryDemoData />
      <Link to="/settings/data-hygiene" className="button secondary">
        Manage demo data
      </Link>
      <ClearMyTestData />
    </div>
  )
}
