import { Link } from 'react-router'
import { RowEditButtons, RowEditPanels, useRowEditing } from '@/components/RowEditPanels'
import { TableHead } from '@/components/TableHead'
import { formatCount } from '@/lib/format'
import { teamPath, type Team } from '@/lib/teams'
import { useDeleteTeam } from '../api/team-mutations'
import { KeyList } from './KeyList'
import { TeamForm } from './TeamForm'

const columns = ['Name', 'Telemetry keys', { label: 'Members', numeric: true }, { label: 'API keys', numeric: true }]

type TeamsTableProps = { teams: Team[]; canManage: boolean }

export function TeamsTable({ teams, canManage }: TeamsTableProps) {
  if (teams.length === 0) return <p className="muted">No teams yet. Usage shows each team value your events send as it is.</p>
  return (
    <table className="table">
      <TableHead columns={columns} withActions={canManage} />
      <tbody>
        {teams.map((team) => (
          <TeamRow key={team.id} team={team} canManage={canManage} />
        ))}
      </tbody>
    </table>
  )
}

function TeamRow({ team, canManage }: { team: Team; canManage: boolean }) {
  const { editing, open, close, closeAsRowGoes, openerRef } = useRowEditing()
  const remove = useDeleteTeam()
  return (
    <>
      <tr>
        <td>
          <Link to={teamPath(team.id)}>{team.name}</Link>
        </td>
        <td>
          <KeyList keys={team.keys} />
        </td>
        <td className="number">{formatCount(team.memberCount)}</td>
        <td className="number">{formatCount(team.apiKeyCount)}</td>
        {canManage && (
          <td className="row-actions">
            {!editing && <RowEditButtons open={open} openerRef={openerRef} />}
          </td>
        )}
      </tr>
      <RowEditPanels
        name={team.name}
        columnCount={columns.length + (canManage ? 1 : 0)}
        editing={editing}
        form={<TeamForm team={team} onDone={close} />}
        deleteQuestion={`Delete ${team.name}? Its events keep their team values, which then show as they are; its API keys are bound to no team.`}
        deleting={remove}
        onDelete={() => remove.mutate(team.id, { onSuccess: closeAsRowGoes, onError: close })}
        onClose={close}
      />
    </>
  )
}
