import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { bodyOf, mockApi, requestsTo, signedInRoutes } from '@/test/api'
import { jsonResponse, problem } from '@/test/fetch'
import { checklist, me, member, type Role } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'

const lastOwner = 'The organization must keep at least one owner.'
const noContent = () => new Response(null, { status: 204 })
const invitation = {
  id: 'i1',
  email: 'grace@example.com',
  role: 'member',
  createdAt: '2026-11-23T10:00:00Z',
  expiresAt: '2026-11-30T10:00:00Z',
}

function team(charlesRole: Role = 'member') {
  return [member('u-ada', 'Ada Lovelace', 'owner'), member('u-charles', 'Charles Babbage', charlesRole)]
}

function row(name: string) {
  return screen.getByRole('cell', { name: new RegExp(`^${name}`) }).closest('tr')!
}

describe('MembersPage', () => {
  it('lets an owner change a member role and shows the new role from the server', async () => {
    let charlesRole: Role = 'member'
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/members': () => jsonResponse(200, team(charlesRole)),
        'GET /v1/invitations': [],
        'PATCH /v1/members/u-charles': (init: RequestInit) => {
          charlesRole = (JSON.parse(String(init.body)) as { role: Role }).role
          return noContent()
        },
      }),
    )
    renderAppAt('/settings/members')
    const user = userEvent.setup()

    const role = await screen.findByRole('combobox', { name: 'Role of Charles Babbage' })
    await user.selectOptions(role, 'admin')

    await waitFor(() => expect(requestsTo(fetch, 'GET /v1/members')).toHaveLength(2))
    expect(bodyOf(requestsTo(fetch, 'PATCH /v1/members/u-charles')[0])).toEqual({ role: 'admin' })
    expect(screen.getByRole('combobox', { name: 'Role of Charles Babbage' })).toHaveValue('admin')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows the last-owner conflict next to the row and keeps the role the server has', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/members': team(),
        'GET /v1/invitations': [],
        'PATCH /v1/members/u-ada': problem(409, { title: 'Conflict.', detail: lastOwner }),
      }),
    )
    renderAppAt('/settings/members')
    const user = userEvent.setup()

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Role of Ada Lovelace' }), 'member')

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`Could not change the role of Ada Lovelace: ${lastOwner}`)
    expect(alert.closest('tr')!.previousElementSibling).toBe(row('Ada Lovelace'))
    expect(screen.getByRole('combobox', { name: 'Role of Ada Lovelace' })).toHaveValue('owner')
  })

  it('removes a member only after confirmation', async () => {
    let members = team()
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/members': () => jsonResponse(200, members),
        'GET /v1/invitations': [],
        'DELETE /v1/members/u-charles': () => {
          members = members.filter((m) => m.userId !== 'u-charles')
          return noContent()
        },
      }),
    )
    renderAppAt('/settings/members')
    const user = userEvent.setup()

    await screen.findByRole('combobox', { name: 'Role of Charles Babbage' })
    await user.click(within(row('Charles Babbage')).getByRole('button', { name: 'Remove' }))
    expect(requestsTo(fetch, 'DELETE /v1/members/u-charles')).toHaveLength(0)
    const confirm = screen.getByRole('group', { name: 'Confirm removing Charles Babbage' })
    await user.click(within(confirm).getByRole('button', { name: 'Yes, remove' }))

    await waitFor(() => expect(screen.queryByText('Charles Babbage')).toBeNull())
    expect(requestsTo(fetch, 'DELETE /v1/members/u-charles')).toHaveLength(1)
  })

  it('shows a removal conflict next to the row', async () => {
    mockApi(
      signedInRoutes({
        'GET /v1/members': team(),
        'GET /v1/invitations': [],
        'DELETE /v1/members/u-ada': problem(409, { title: 'Conflict.', detail: lastOwner }),
      }),
    )
    renderAppAt('/settings/members')
    const user = userEvent.setup()

    await screen.findByRole('combobox', { name: 'Role of Ada Lovelace' })
    await user.click(within(row('Ada Lovelace')).getByRole('button', { name: 'Remove' }))
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(`Could not remove Ada Lovelace: ${lastOwner}`)
  })

  it('invites with a role, shows the accept link to copy and ticks the checklist', async () => {
    let invited = false
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/members': team(),
        'GET /v1/invitations': () => jsonResponse(200, invited ? [invitation] : []),
        'GET /v1/onboarding': () => jsonResponse(200, invited ? checklist('invite_member') : checklist()),
        'POST /v1/invitations': () => {
          invited = true
          return jsonResponse(201, { ...invitation, token: 'secret', acceptPath: '/accept-invitation#token=secret' })
        },
      }),
    )
    renderAppAt('/settings/members')
    const user = userEvent.setup()
    const checklistRegion = await screen.findByRole('region', { name: /Get started/ })
    expect(checklistRegion).toHaveTextContent('0 of 4 done')

    const invite = screen.getByRole('region', { name: 'Invite a member' })
    await user.type(within(invite).getByLabelText('Email'), 'grace@example.com')
    await user.selectOptions(within(invite).getByLabelText('Role'), 'admin')
    await user.click(within(invite).getByRole('button', { name: 'Send invitation' }))

    const link = await screen.findByLabelText('Accept link')
    expect(link).toHaveValue(`${window.location.origin}/accept-invitation#token=secret`)
    expect(bodyOf(requestsTo(fetch, 'POST /v1/invitations')[0])).toEqual({ email: 'grace@example.com', role: 'admin' })
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/accept-invitation#token=secret`)
    expect(screen.getByRole('button', { name: 'Copied' })).toBeVisible()
    await waitFor(() => expect(checklistRegion).toHaveTextContent('1 of 4 done'))
    expect(await screen.findByRole('button', { name: 'Withdraw the invitation for grace@example.com' })).toBeVisible()
  })

  it('withdraws an open invitation', async () => {
    let open = [invitation]
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/members': team(),
        'GET /v1/invitations': () => jsonResponse(200, open),
        'DELETE /v1/invitations/i1': () => {
          open = []
          return noContent()
        },
      }),
    )
    renderAppAt('/settings/members')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Withdraw the invitation for grace@example.com' }))

    expect(await screen.findByText('No open invitations.')).toBeVisible()
    expect(requestsTo(fetch, 'DELETE /v1/invitations/i1')).toHaveLength(1)
  })

  it('is read-only for a member: no invite form, role controls, removal or invitation list', async () => {
    const fetch = mockApi(signedInRoutes({ 'GET /v1/me': me('member'), 'GET /v1/members': team() }))
    renderAppAt('/settings/members')

    expect(await screen.findByText('Charles Babbage')).toBeVisible()
    expect(within(row('Charles Babbage')).getByRole('cell', { name: 'member' })).toBeVisible()
    expect(screen.queryByRole('region', { name: 'Invite a member' })).toBeNull()
    expect(screen.queryByRole('combobox')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull()
    expect(screen.queryByRole('region', { name: 'Open invitations' })).toBeNull()
    expect(requestsTo(fetch, 'GET /v1/invitations')).toHaveLength(0)
  })

  it('lets an admin manage members and admins but not owners', async () => {
    mockApi(signedInRoutes({ 'GET /v1/me': me('admin'), 'GET /v1/members': team(), 'GET /v1/invitations': [] }))
    renderAppAt('/settings/members')

    const charles = await screen.findByRole('combobox', { name: 'Role of Charles Babbage' })
    expect(
      within(charles)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['member', 'admin'])
    expect(screen.queryByRole('combobox', { name: 'Role of Ada Lovelace' })).toBeNull()
    expect(within(row('Ada Lovelace')).queryByRole('button', { name: 'Remove' })).toBeNull()
    const inviteRoles = within(screen.getByRole('region', { name: 'Invite a member' })).getByLabelText('Role')
    expect(
      within(inviteRoles)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['member', 'admin'])
  })
})
