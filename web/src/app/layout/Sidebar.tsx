import { Link, NavLink } from 'react-router'
import { OnboardingChecklist } from '@/features/onboarding/components/OnboardingChecklist'
import { mainNav, onboardingStepLinks, settingsNav, type NavItem } from '../navigation'

function NavList({ items }: { items: NavItem[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.path}>
          <NavLink to={item.path} end>
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  )
}

export function Sidebar() {
  return (
    <aside className="sidebar">
      <Link to="/" className="brand">
        AIntops
      </Link>
      <nav aria-label="Main">
        <NavList items={mainNav} />
        <h2 className="nav-heading">Settings</h2>
        <NavList items={settingsNav} />
      </nav>
      <OnboardingChecklist stepLinks={onboardingStepLinks} />
    </aside>
  )
}
