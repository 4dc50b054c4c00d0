import type { ReactNode } from 'react'
import { FilterBar } from '@/components/analytics/FilterBar'
import { UsageTabs } from './UsageTabs'

type UsageViewProps = { title: string; sourceFixed?: string; children: ReactNode }

/** A Usage view: its title, the tabs to the other views and the shared filters above its content. */
export function UsageView({ title, sourceFixed, children }: UsageViewProps) {
  return (
    <div className="stack">
      <div className="page-header">
        <h1>{title}</h1>
        <UsageTabs />
      </div>
      <FilterBar sourceFixed={sourceFixed} />
      {children}
    </div>
  )
}
