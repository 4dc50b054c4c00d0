import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { bodyOf, mockApi, requestsTo, signedInRoutes } from '@/test/api'
import { authHeader, jsonResponse, problem, tokens } from '@/test/fetch'
import { checklist, engines, looms, me } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'
import { mainNav, settingsNav } from '../navigation'

describe('app shell', () => {
  it('links every section, and the pages not built yet say what they will do', async () => {
    mockApi(signedInRoutes())
    const router = renderAppAt('/')
    const user = userEvent.setup()
    const nav = await screen.findByRole('navigation', { name: 'Main' })

    for (const item of [...mainNav, ...settingsNav]) {
      await user.click(within(nav).getByRole('link', { name: item.label }))
      expect(router.state.location.pathname).toBe(item.path)
      expect(await screen.findByRole('heading', { level: 1, name: item.label })).toBeVisible()
      if (item.purpose) expect(screen.getByText(`Not built yet — ${item.purpose}`)).toBeVisible()
    }
  })

  it('names the document after each page, and moves focus to the h1 after a navigation but not on the first load', async () => {
    mockApi(signedInRoutes())
    renderAppAt('/budgets')
    const user = userEvent.setup()

    const budgets = await screen.findByRole('heading', { level: 1, name: 'Budgets' })
    await waitFor(() => expect(document.title).toBe('Budgets · AIntops'))
    expect(budgets).not.toHaveFocus()

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Members' }))
    const members = await screen.findByRole('heading', { level: 1, name: 'Members' })
    await waitFor(() => expect(members).toHaveFocus())
    expect(document.title).toBe('Members · AIntops')
  })

  it('starts with a skip link that moves focus to the main content', async () => {
    mockApi(signedInRoutes())
    renderAppAt('/budgets')
    const user = userEvent.setup()
    await screen.findByRole('heading', { level: 1, name: 'Budgets' })

    await user.tab()
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('main')).toHaveFocus()
  })

  it('folds the navigation behind a Menu button that says whether it is open', async () => {
    mockApi(signedInRoutes())
    renderAppAt('/')
    const user = userEvent.setup()
    const menu = await screen.findByRole('button', { name: 'Menu' })

    expect(menu).toHaveAttribute('aria-expanded', 'false')
    await user.click(menu)
    expect(menu).toHaveAttribute('aria-expanded', 'true')
    expect(document.getElementById(menu.getAttribute('aria-controls')!)).toHaveClass('open')
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Budgets' }))
    await screen.findByRole('heading', { level: 1, name: 'Budgets' })
    expect(menu).toHaveAttribute('aria-expanded', 'false')
  })

  it('closes the user menu with Escape and gives focus back to its button', async () => {
    mockApi(signedInRoutes())
    renderAppAt('/')
    const user = userEvent.setup()
    const button = await screen.findByRole('button', { name: 'Ada Lovelace' })

    await user.click(button)
    await user.tab()
    expect(screen.getByRole('button', { name: 'Log out' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('button', { name: 'Log out' })).toBeNull()
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(button).toHaveFocus()
  })

  it('shows the onboarding checklist with the completed steps ticked', async () => {
    mockApi(signedInRoutes({ 'GET /v1/onboarding': checklist('connect_provider', 'invite_member') }))
    renderAppAt('/')

    const list = await screen.findByRole('region', { name: /Get started/ })
    expect(list).toHaveTextContent('2 of 4 done')
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(items).toEqual([
      '✓ Connect a provider (done)',
      '○ Create an API key (to do)',
      '○ Set a budget (to do)',
      '✓ Invite a member (done)',
    ])
    expect(within(list).getByRole('link', { name: 'Set a budget' })).toHaveAttribute('href', '/budgets')
    expect(within(list).queryByRole('link', { name: 'Invite a member' })).toBeNull()
  })

  it('switches organization with a new access token and reloads everything for it', async () => {
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/me': (init: RequestInit) =>
          jsonResponse(
            200,
            authHeader(init) === 'Bearer t2'
              ? me('member', looms, [{ organization: engines, role: 'owner' }])
              : me('owner', engines, [{ organization: looms, role: 'member' }]),
          ),
        'POST /v1/auth/switch-organization': tokens('t2'),
      }),
    )
    const router = renderAppAt('/settings/api-keys')
    const user = userEvent.setup()

    const switcher = await screen.findByRole('combobox', { name: 'Organization' })
    expect(switcher).toHaveDisplayValue('Analytical Engines (owner)')
    await user.selectOptions(switcher, 'Jacquard Looms (member)')

    expect(await screen.findByRole('combobox', { name: 'Organization' })).toHaveDisplayValue('Jacquard Looms (member)')
    expect(router.state.location.pathname).toBe('/')
    expect(bodyOf(requestsTo(fetch, 'POST /v1/auth/switch-organization')[0])).toEqual({ organizationId: looms.id })
    await waitFor(() => {
      const switchedAt = fetch.mock.calls.findIndex(([url]) => url === '/v1/auth/switch-organization')
      const afterSwitch = fetch.mock.calls.slice(switchedAt + 1).map(([url, init]) => [url, authHeader(init)])
      expect(afterSwitch).toEqual(
        expect.arrayContaining([
          ['/v1/me', 'Bearer t2'],
          ['/v1/dashboards', 'Bearer t2'],
          ['/v1/onboarding', 'Bearer t2'],
        ]),
      )
    })
  })

  it('shows the organization as plain text for a single membership', async () => {
    mockApi(signedInRoutes())
    renderAppAt('/')

    expect(await screen.findByText('Analytical Engines')).toBeVisible()
    expect(screen.queryByRole('combobox', { name: 'Organization' })).toBeNull()
  })

  it('logs out from the user menu', async () => {
    const fetch = mockApi(signedInRoutes({ 'POST /v1/auth/logout': () => new Response(null, { status: 204 }) }))
    const router = renderAppAt('/')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Ada Lovelace' }))
    await user.click(screen.getByRole('button', { name: 'Log out' }))

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeVisible()
    expect(router.state.location.pathname).toBe('/login')
    expect(requestsTo(fetch, 'POST /v1/auth/logout')).toHaveLength(1)
  })

  it('sends the user to the login page when a request fails and the session cannot be refreshed', async () => {
    let refreshes = 0
    mockApi(
      signedInRoutes({
        'POST /v1/auth/refresh': () =>
          ++refreshes === 1 ? jsonResponse(200, tokens('t1')) : problem(401, { title: 'Unauthorized.' }),
        'GET /v1/members': problem(401, { title: 'Unauthorized.' }),
      }),
    )
    const router = renderAppAt('/')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('link', { name: 'Members' }))

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeVisible()
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.state).toEqual({ from: '/settings/members' })
  })
})
