import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { bodyOf, mockApi, requestsTo } from '@/test/api'
import { jsonResponse, problem } from '@/test/fetch'
import { renderAppAt } from '@/test/render'

const answer = { message: 'If an account uses this email, a link to reset its password is on its way. Check your inbox.' }

describe('password reset pages', () => {
  it('links "Forgot password?" from the sign-in page to the request page', async () => {
    mockApi({})
    const router = renderAppAt('/login')

    await userEvent.setup().click(screen.getByRole('link', { name: 'Forgot password?' }))

    expect(await screen.findByRole('heading', { name: 'Reset your password' })).toBeVisible()
    expect(router.state.location.pathname).toBe('/forgot-password')
  })

  it('requests a link and shows the answer, which is the same for any email', async () => {
    const fetch = mockApi({ 'POST /v1/auth/forgot-password': jsonResponse(202, answer) })
    renderAppAt('/forgot-password')
    const user = userEvent.setup()

    await user.type(screen.getByLabelText('Email'), 'ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Send reset link' }))

    expect(await screen.findByRole('status')).toHaveTextContent(answer.message)
    expect(bodyOf(requestsTo(fetch, 'POST /v1/auth/forgot-password')[0])).toEqual({ email: 'ada@example.com' })
  })

  it('sends the token from the link fragment with the new password and confirms', async () => {
    const fetch = mockApi({ 'POST /v1/auth/reset-password': new Response(null, { status: 204 }) })
    renderAppAt('/reset-password#token=abc_123')
    const user = userEvent.setup()

    await user.type(screen.getByLabelText('New password'), 'a new password')
    await user.click(screen.getByRole('button', { name: 'Set new password' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Your password was changed')
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute('href', '/login')
    expect(bodyOf(requestsTo(fetch, 'POST /v1/auth/reset-password')[0])).toEqual({ token: 'abc_123', newPassword: 'a new password' })
  })

  it('announces a refused link, focuses the error and marks a weak password', async () => {
    mockApi({
      'POST /v1/auth/reset-password': problem(400, {
        title: 'One or more validation errors occurred.',
        errors: {
          token: ['This reset link is invalid, was already used or has expired. Ask for a new one.'],
          newPassword: ['Password must be at least 8 bytes (UTF-8).'],
        },
      }),
    })
    renderAppAt('/reset-password#token=used')
    const user = userEvent.setup()

    await user.type(screen.getByLabelText('New password'), 'short')
    await user.click(screen.getByRole('button', { name: 'Set new password' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This reset link is invalid, was already used or has expired.')
    expect(alert).toHaveFocus()
    const password = screen.getByLabelText('New password')
    expect(password).toHaveAttribute('aria-invalid', 'true')
    expect(password).toHaveAccessibleDescription('Password must be at least 8 bytes (UTF-8).')
  })

  it('says so when the link has no token', () => {
    mockApi({})
    renderAppAt('/reset-password')

    expect(screen.getByRole('alert')).toHaveTextContent('This link has no reset token.')
    expect(screen.getByRole('link', { name: 'Ask for a new one' })).toHaveAttribute('href', '/forgot-password')
  })
})
