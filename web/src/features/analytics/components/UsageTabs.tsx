import { NavLink, useLocation } from 'react-router'

/** Switching views keeps the filters, which every view reads from the URL. */
export function UsageTabs() {
  const { search } = useLocation()
  return (
    <nav aria-label="Usage views" className="tabs">
      <NavLink to={{ pathname: '/usage', search }} end>
        Explorer
      </NavLink>
      <NavLink to={{ pathname: '/usage/users', search }}>Users</NavLink>
      <NavLink to={{ pathname: '/usage/tokens', search }}>Tokens</NavLink>
      <NavLink to={{ pathname: '/usage/prompt-versions', search }}>Prompt versions</NavLink>
      <NavLink to={{ pathname: '/usage/reconciliation', search }}>Reconciliation</NavLink>
    </nav>
  )
}
