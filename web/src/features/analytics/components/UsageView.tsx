import type { ReactNode } from 'react'
import { FilterBar } from '@/components/analytics/FilterBar'
import { UsageTabs } from './UsageTabs'

/** A Usage view: its title, the tabs to the other views and the shared filters above its content (billed: with the source filter). */
export function UsageView({ title, billed, children }: { title: string; billed?: boolean; children: ReactNode }) {
  return (
    <div className="stack">
      <div className="page-header">
        <h1>{title}</h1>
        <UsageTabs />
      </div>
      <FilterBar billed={billed} />
      {children}
    </div>
  )
}
