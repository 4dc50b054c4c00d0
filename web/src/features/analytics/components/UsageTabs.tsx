import { NavLink, useLocation } from 'react-router'
import { sharedFilterSearch } from '@/lib/analytics/carried-filters'

const tabs = [
  { label: 'Explorer', path: '/usage' },
  { label: 'Users', path: '/usage/users' },
  { label: 'Tokens', path: '/usage/tokens' },
  { label: 'Prompt versions', path: '/usage/prompt-versions' },
  { label: 'Reconciliation', path: '/usage/reconciliation' },
]

/** Switching views keeps the shared filters; a view's own choices, such as its grouping, stay with it. */
export function UsageTabs() {
  const search = sharedFilterSearch(useLocation().search)
  return (
    <nav aria-label="Usage views" className="tabs">
      {tabs.map(({ label, path }) => (
        <NavLink key={path} to={{ pathname: path, search }} end>
          {label}
        </NavLink>
      ))}
    </nav>
  )
}
