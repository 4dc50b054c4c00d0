import { useId } from 'react'
import { Link } from 'react-router'
import { useOnboarding } from '../api/get-onboarding'

type OnboardingChecklistProps = { stepLinks: Record<string, string> }

export function OnboardingChecklist({ stepLinks }: OnboardingChecklistProps) {
  const headingId = useId()
  const { data: checklist } = useOnboarding()
  if (!checklist) return null
  const items = checklist.items ?? []
  const done = items.filter((item) => item.completed).length

  return (
    <section className="checklist" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Get started{' '}
        <span className="muted">
          {done} of {items.length} done
        </span>
      </h2>
      <ul>
        {items.map((item) => {
          const link = item.key ? stepLinks[item.key] : undefined
          const title = link && !item.completed ? <Link to={link}>{item.title}</Link> : item.title
          return (
            <li key={item.key} className={item.completed ? 'done' : undefined}>
              <span aria-hidden="true">{item.completed ? '✓' : '○'}</span> {title}
              <span className="visually-hidden">{item.completed ? ' (done)' : ' (to do)'}</span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
