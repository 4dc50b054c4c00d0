import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { emptyOverview } from '@/test/analytics'
import { bodyOf, mockApi, requestsTo } from '@/test/api'
import { authHeader, jsonResponse, mockFetch, problem, tokens } from '@/test/fetch'
import { checklist, dashboards, me, unlimitedUsage } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'

async function fillSignup(password: string) {
  const user = userEvent.setup()
  await user.type(screen.getByLabelText('Name'), 'Ada Lovelace')
  await user.type(screen.getByLabelText('Email'), 'ada@example.com')
  await user.type(screen.getByLabelText('Password'), password)
  await user.type(screen.getByLabelText('Organization name'), 'Analytical Engines')
  await user.click(screen.getByRole('button', { name: 'Create account' }))
}

describe('SignupPage', () => {
  it('shows the ProblemDetails detail and field errors beside the fields from a 400', async () => {
    mockFetch(() =>
      problem(400, {
        title: 'One or more validation errors occurred.',
        detail: 'Please fix the errors below.',
        errors: { password: ['Password must be at least 8 bytes.'] },
      }),
    )
    renderAppAt('/signup')

    await fillSignup('short')

    expect(await screen.findByRole('alert')).toHaveTextContent('Please fix the errors below.')
    const password = screen.getByLabelText('Password')
    expect(password).toHaveAttribute('aria-invalid', 'true')
    expect(password).toHaveAccessibleDescription('Password must be at least 8 bytes.')
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid')
  })

  it('signs up, keeps the token in memory and lands on the default dashboard', async () => {
    const signedIn: Record<string, unknown> = {
      '/v1/me': me(),
      '/v1/dashboards': dashboards,
      '/v1/onboarding': checklist(),
      '/v1/alerts/unread-count': { count: 0 },
      '/v1/organization/usage': unlimitedUsage,
      '/v1/providers': [],
      '/v1/requests': { items: [], nextBefore: null },
      '/v1/dashboard/overview': emptyOverview,
    }
    const fetch = mockFetch((url, init) => {
      const path = url.split('?')[0]
      if (url === '/v1/auth/signup') return jsonResponse(201, tokens('t1'))
      if (path in signedIn && authHeader(init) === 'Bearer t1') return jsonResponse(200, signedIn[path])
      return jsonResponse(401)
    })
    const router = renderAppAt('/signup')

    await fillSignup('correct horse battery')

    expect(await screen.findByRole('heading', { name: 'Overview' })).toBeVisible()
    expect(screen.getByText('Analytical Engines')).toBeVisible()
    expect(router.state.location.pathname).toBe('/')
    expect(bodyOf(requestsTo(fetch, 'POST /v1/auth/signup')[0])).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      password: 'correct horse battery',
      organizationName: 'Analytical Engines',
    })
  })

  it('says signup is closed and offers no form when the server only lets invited people join', async () => {
    const fetch = mockApi({ 'GET /v1/auth/settings': { signupOpen: false } })
    renderAppAt('/signup')

    expect(await screen.findByRole('status')).toHaveTextContent('Signup is closed on this server')
    expect(screen.queryByRole('button', { name: 'Create account' })).toBeNull()
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute('href', '/login')
    expect(requestsTo(fetch, 'POST /v1/auth/signup')).toHaveLength(0)
  })

  it('moves focus to the announced error when signup is refused', async () => {
    mockApi({
      'GET /v1/auth/settings': { signupOpen: true },
      'POST /v1/auth/signup': problem(403, { title: 'Forbidden.', detail: 'Signup is closed on this server.' }),
    })
    renderAppAt('/signup')

    await fillSignup('correct horse battery')

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Signup is closed on this server.')
    expect(alert).toHaveFocus()
  })
})
