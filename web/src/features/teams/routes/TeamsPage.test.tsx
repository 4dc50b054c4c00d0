import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { bodyOf, mockApi, requestsTo, signedInRoutes } from '@/test/api'
import { jsonResponse, problem } from '@/test/fetch'
import { renderAppAt } from '@/test/render'
import type { Team } from '@/lib/teams'

const team = (id: string, name: string, keys: string[]): Team => ({
  id,
  name,
  keys,
  primaryKey: keys[0],
  memberCount: 1,
  apiKeyCount: 2,
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
})

describe('TeamsPage', () => {
  it('creates a team from its name and comma-separated keys, and shows a taken key under the keys field', async () => {
    let teams: Team[] = []
    let attempts = 0
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/teams': () => jsonResponse(200, teams),
        'POST /v1/teams': () => {
          if (attempts++ === 0) return problem(400, { title: 'Validation failed.', errors: { keys: ['The key search already belongs to another team.'] } })
          teams = [team('t1', 'Payments', ['payments', 'team-payments'])]
          return jsonResponse(201, teams[0])
        },
      }),
    )
    renderAppAt('/settings/teams')
    const user = userEvent.setup()

    const form = await screen.findByRole('form', { name: 'New team' })
    await user.type(within(form).getByLabelText('Name'), 'Payments')
    await user.type(within(form).getByLabelText(/Telemetry keys/), 'search')
    await user.click(within(form).getByRole('button', { name: 'Create team' }))
    expect(await within(form).findByText('The key search already belongs to another team.')).toBeVisible()

    await user.clear(within(form).getByLabelText(/Telemetry keys/))
    await user.type(within(form).getByLabelText(/Telemetry keys/), ' payments , team-payments')
    await user.click(within(form).getByRole('button', { name: 'Create team' }))

    expect(await screen.findByRole('link', { name: 'Payments' })).toHaveAttribute('href', '/teams/t1')
    expect(bodyOf(requestsTo(fetch, 'POST /v1/teams')[1])).toEqual({ name: 'Payments', keys: ['payments', 'team-payments'] })
  })

  it('deletes a team only after confirmation', async () => {
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/teams': [team('t1', 'Payments', ['payments'])],
        'DELETE /v1/teams/t1': () => new Response(null, { status: 204 }),
      }),
    )
    renderAppAt('/settings/teams')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Delete' }))
    expect(requestsTo(fetch, 'DELETE /v1/teams/t1')).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }))
    await waitFor(() => expect(requestsTo(fetch, 'DELETE /v1/teams/t1')).toHaveLength(1))
  })
})
