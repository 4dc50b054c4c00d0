import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockFetch, problem } from '@/test/fetch'
import { renderAppAt } from '@/test/render'

describe('LoginPage', () => {
  it('redirects a visitor without a valid refresh cookie from / to /login', async () => {
    const fetch = mockFetch(() => problem(401, { title: 'Unauthorized' }))
    const router = renderAppAt('/')

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeVisible()
    expect(router.state.location.pathname).toBe('/login')
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/v1/auth/refresh'])
  })

  it('shows the detail of a 401 without attempting a refresh', async () => {
    const fetch = mockFetch(() => problem(401, { title: 'Unauthorized', detail: 'Invalid email or password.' }))
    renderAppAt('/login')
    const user = userEvent.setup()

    await user.type(screen.getByLabelText('Email'), 'ada@example.com')
    await user.type(screen.getByLabelText('Password'), 'wrong password')
    await user.click(screen.getByRole('button', { name: 'Log in' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid email or password.')
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/v1/auth/login'])
  })
})
