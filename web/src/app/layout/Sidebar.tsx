import { useId, useState } from 'react'
import { Link, NavLink, useLocation } from 'react-router'
import { OnboardingChecklist } from '@/features/onboarding/components/OnboardingChecklist'
import { useCarriedFilters } from '@/lib/analytics/carried-filters'
import { useMe } from '@/lib/session/me'
import { isFilteredPage, mainNav, onboardingStepLinks, settingsNav, type NavItem } from '../navigation'

function NavList({ items, filters }: { items: NavItem[]; filters: string }) {
  const { data: me } = useMe()
  return (
    <ul>
      {items.filter((item) => !item.permission || me?.permissions?.includes(item.permission)).map((item) => (
        <li key={item.path}>
          <NavLink to={{ pathname: item.path, search: item.filtered ? filters : '' }} end>
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  )
}

/** On narrow screens the navigation folds behind a Menu button, and folds again once a link is followed. */
export function Sidebar() {
  const filters = useCarriedFilters(isFilteredPage)
  const { pathname } = useLocation()
  const [openOn, setOpenOn] = useState<string | null>(null)
  const menuOpen = openOn === pathname
  const panelId = useId()

  return (
    <aside className="sidebar">
      <div className="sidebar-top">
        <Link to={{ pathname: '/', search: filters }} className="brand">
          AIntops
        </Link>
        <button
          type="button"
          className="secondary menu-button"
          aria-expanded={menuOpen}
          aria-controls={panelId}
          onClick={() => setOpenOn(menuOpen ? null : pathname)}
        >
          Menu
        </button>
      </div>
      <div id={panelId} className={menuOpen ? 'sidebar-panel open' : 'sidebar-panel'}>
        <nav aria-label="Main">
          <NavList items={mainNav} filters={filters} />
          <h2 className="nav-heading">Settings</h2>
          <NavList items={settingsNav} filters={filters} />
        </nav>
        <OnboardingChecklist stepLinks={onboardingStepLinks} />
      </div>
    </aside>
  )
}
