import { Link } from 'react-router'
import { Permission, useCan } from '@/lib/session/permissions'
import { useUsage } from '../api/get-usage'
import { pausedText } from './plan-usage'

/** On every page while the plan's monthly requests are used up; it goes when usage resets or the plan changes. */
export function PlanLimitBanner({ planLink }: { planLink: string }) {
  const usage = useUsage()
  const canChangePlan = useCan(Permission.ownersManage)
  if (!usage.data?.limitReached) return null
  return (
    <div role="status" className="plan-banner">
      <p>
        {pausedText(usage.data)}{' '}
        {canChangePlan ? <Link to={planLink}>Change plan</Link> : 'Ask an owner of this organization to change the plan.'}
      </p>
    </div>
  )
}
