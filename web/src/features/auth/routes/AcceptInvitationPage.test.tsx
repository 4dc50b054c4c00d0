import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { bodyOf, mockApi, requestsTo, signedInRoutes } from '@/test/api'
import { authHeader, jsonResponse, problem, tokens } from '@/test/fetch'
import { me } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'

const preview = (accountExists: boolean) => ({
  organizationName: 'Analytical Engines',
  email: 'ada@example.com',
  role: 'admin',
  expiresAt: '2026-11-30T10:00:00Z',
  accountExists,
})

const signedInAfterAccepting = signedInRoutes({
  'POST /v1/auth/refresh': problem(401, { title: 'Unauthorized.' }),
  'GET /v1/me': (init: RequestInit) =>
    authHeader(init) === 'Bearer joined' ? jsonResponse(200, me('admin')) : jsonResponse(401),
  'POST /v1/invitations/accept': tokens('joined'),
})

describe('AcceptInvitationPage', () => {
  it('asks a new user for name and password, then joins and lands on the dashboard', async () => {
    const fetch = mockApi({ ...signedInAfterAccepting, 'POST /v1/invitations/lookup': preview(false) })
    const router = renderAppAt('/accept-invitation#token=abc')
    const user = userEvent.setup()

    expect(await screen.findByRole('heading', { name: 'Join Analytical Engines' })).toBeVisible()
    expect(screen.getByText('ada@example.com')).toBeVisible()
    expect(screen.getByText('admin')).toBeVisible()
    await user.type(screen.getByLabelText('Name'), 'Ada Lovelace')
    await user.type(screen.getByLabelText('Password'), 'correct horse battery')
    await user.click(screen.getByRole('button', { name: 'Create account and join' }))

    expect(await screen.findByRole('heading', { name: 'Overview' })).toBeVisible()
    expect(router.state.location.pathname).toBe('/')
    expect(bodyOf(requestsTo(fetch, 'POST /v1/invitations/accept')[0])).toEqual({
      token: 'abc',
      password: 'correct horse battery',
      name: 'Ada Lovelace',
    })
  })

  it('asks an existing account only for its password and shows a wrong password', async () => {
    const fetch = mockApi({
      'POST /v1/invitations/lookup': preview(true),
      'POST /v1/invitations/accept': problem(401, {
        title: 'Unauthorized.',
        detail: 'The password is incorrect for the existing account of this email.',
      }),
    })
    renderAppAt('/accept-invitation#token=abc')
    const user = userEvent.setup()

    await screen.findByText('You already have an account with this email. Enter its password to join.')
    expect(screen.queryByLabelText('Name')).toBeNull()
    await user.type(screen.getByLabelText('Password'), 'wrong password')
    await user.click(screen.getByRole('button', { name: 'Log in and join' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The password is incorrect for the existing account of this email.',
    )
    expect(bodyOf(requestsTo(fetch, 'POST /v1/invitations/accept')[0])).toEqual({
      token: 'abc',
      password: 'wrong password',
      name: null,
    })
    expect(requestsTo(fetch, 'POST /v1/auth/refresh')).toHaveLength(0)
  })

  it('explains an invitation that is used, expired or unknown', async () => {
    mockApi({
      'POST /v1/invitations/lookup': problem(404, {
        title: 'Not found.',
        detail: 'This invitation does not exist, was already used, or has expired. Ask for a new one.',
      }),
    })
    renderAppAt('/accept-invitation#token=abc')

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation does not exist, was already used, or has expired.',
    )
    expect(screen.queryByLabelText('Password')).toBeNull()
  })

  it('still reads the token of a link sent before it moved after the #', async () => {
    const fetch = mockApi({ 'POST /v1/invitations/lookup': preview(true) })
    renderAppAt('/accept-invitation?token=old')

    await screen.findByText('You already have an account with this email. Enter its password to join.')
    expect(bodyOf(requestsTo(fetch, 'POST /v1/invitations/lookup')[0])).toEqual({ token: 'old' })
  })

  it('explains a link without a token', async () => {
    const fetch = mockApi({})
    renderAppAt('/accept-invitation')

    expect(await screen.findByRole('alert')).toHaveTextContent('This link has no invitation token.')
    expect(fetch).not.toHaveBeenCalled()
  })
})
