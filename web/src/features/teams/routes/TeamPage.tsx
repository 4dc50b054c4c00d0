import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { FilterBar } from '@/components/analytics/FilterBar'
import { SourceNote } from '@/components/analytics/SourceNote'
import { BarChart } from '@/components/charts/BarChart'
import { Figures } from '@/components/Figures'
import { QueryState } from '@/components/QueryState'
import { useAnalyticsFilters } from '@/lib/analytics/use-filters'
import { sumBy } from '@/lib/analytics/sum'
import { formatCount, formatDay, formatUsd } from '@/lib/format'
import { Permission, useCan } from '@/lib/session/permissions'
import type { Team } from '@/lib/teams'
import { useTeam } from '../api/get-team'
import { useTeamSpend } from '../api/team-analytics'
import { KeyList } from '../components/KeyList'
import { TeamBudgets } from '../components/TeamBudgets'
import { TeamMembers } from '../components/TeamMembers'
import { TeamTop } from '../components/TeamTop'

/** One team: its spend over the shared filters' range (all its keys), its budgets, its top models, features and users, its members. */
export function TeamPage() {
  const { id = '' } = useParams()
  const team = useTeam(id)
  return (
    <div className="stack">
      <p>
        <Link to="/settings/teams">← Teams</Link>
      </p>
      <QueryState query={team} what="the team">
        {(data) => <TeamView team={data} />}
      </QueryState>
    </div>
  )
}

function TeamView({ team }: { team: Team }) {
  const { filters: shared } = useAnalyticsFilters()
  const filters = useMemo(() => ({ ...shared, team: team.primaryKey }), [shared, team.primaryKey])
  const spend = useTeamSpend(filters)
  const canManage = useCan(Permission.membersManage)

  return (
    <>
      <h1>{team.name}</h1>
      <p className="muted">
        Telemetry keys:{' '}
        <KeyList keys={team.keys} />
      </p>
      <FilterBar teamFixed />
      <section className="card" aria-labelledby="team-spend">
        <h2 id="team-spend">Spend over time</h2>
        <QueryState query={spend} what="spend" isEmpty={(d) => d.points.length === 0} empty="No spend in this range.">
          {({ points, sourceNote }) => (
            <>
              <Figures
                figures={[
                  { label: 'Total spend', value: formatUsd(sumBy(points, (p) => p.spendUsd)) },
                  { label: 'Requests', value: formatCount(sumBy(points, (p) => p.requests)) },
                ]}
              />
              <BarChart
                label={`Spend of ${team.name} by day`}
                data={points.map((p) => ({ period: p.period, spend: p.spendUsd }))}
                categoryKey="period"
                series={[{ key: 'spend', label: 'Spend' }]}
                formatValue={formatUsd}
                formatCategory={formatDay}
              />
              <SourceNote note={sourceNote} filters={filters} />
            </>
          )}
        </QueryState>
      </section>
      <TeamBudgets keys={team.keys} />
      <div className="two-columns">
        <TeamTop filters={filters} groupBy="model" title="Top models" column="Model" />
        <TeamTop filters={filters} groupBy="endpointTag" title="Top features" column="Feature" />
      </div>
      <TeamTop filters={filters} groupBy="user" title="Top users" column="User" />
      <TeamMembers team={team} canManage={canManage} />
    </>
  )
}
