import { Link, NavLink } from 'react-router'
import { OnboardingChecklist } from '@/features/onboarding/components/OnboardingChecklist'
import { useCarriedFilters } from '@/lib/analytics/carried-filters'
import { isFilteredPage, mainNav, onboardingStepLinks, settingsNav, type NavItem } from '../navigation'

function NavList({ items, filters }: { items: NavItem[]; filters: string }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.path}>
          <NavLink to={{ pathname: item.path, search: item.filtered ? filters : '' }} end>
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  )
}

export function Sidebar() {
  const filters = useCarriedFilters(isFilteredPage)
  return (
    <aside className="sidebar">
      <Link to={{ pathname: '/', search: filters }} className="brand">
        AIntops
      </Link>
      <nav aria-label="Main">
        <NavList items={mainNav} filters={filters} />
        <h2 className="nav-heading">Settings</h2>
        <NavList items={settingsNav} filters={filters} />
      </nav>
      <OnboardingChecklist stepLinks={onboardingStepLinks} />
    </aside>
  )
}
