import { TableHead } from '@/components/TableHead'
import type { Plans } from '../api/list-plans'
import { formatAllowance, planLabel } from './plan-usage'

const columns = [
  'Plan',
  { label: 'Requests / month', numeric: true },
  { label: 'Provider connections', numeric: true },
  { label: 'Members', numeric: true },
  { label: 'Notification channels', numeric: true },
  'Hard-stop budgets',
  'Weekly report',
  'Request content',
]

const yesNo = (included: boolean) => (included ? 'Yes' : 'No')

export function PlansTable({ plans, current }: { plans: Plans; current: string }) {
  return (
    <>
      <p className="muted">
        {plans.enforceFeatures
          ? 'What each plan includes. Anything beyond your plan is refused until the plan changes.'
          : 'What each plan includes. This server does not limit features by plan; only the monthly request limit applies.'}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Plans table">
        <table className="table">
          <TableHead columns={columns} />
          <tbody>
            {plans.plans.map((plan) => (
              <tr key={plan.name} aria-current={plan.name === current || undefined}>
                <th scope="row">
                  {planLabel(plan.name)}
                  {plan.name === current && <span className="badge ok">Current</span>}
                </th>
                <td className="number">{formatAllowance(plan.includes.monthlyRequests)}</td>
                <td className="number">{formatAllowance(plan.includes.providerConnections)}</td>
                <td className="number">{formatAllowance(plan.includes.members)}</td>
                <td className="number">{formatAllowance(plan.includes.notificationChannels)}</td>
                <td>{yesNo(plan.includes.hardStopBudgets)}</td>
                <td>{yesNo(plan.includes.weeklyReport)}</td>
                <td>{yesNo(plan.includes.requestContent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
