import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { analyticsRoutes, explorerQueries } from '@/test/analytics'
import { mockApi, queriesTo, signedInRoutes } from '@/test/api'
import { me } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'

const shared = { range: '7d', provider: 'openai', team: 'search', source: 'telemetry' }
const searchOf = (router: ReturnType<typeof renderAppAt>) => Object.fromEntries(new URLSearchParams(router.state.location.search))

describe('filters across pages', () => {
  it('carries the shared filters from page to page, even past a page without them, but not a page’s own choices', async () => {
    const fetch = mockApi(signedInRoutes({ ...analyticsRoutes(), 'GET /v1/budgets': [] }))
    const router = renderAppAt(`/usage?${new URLSearchParams({ ...shared, groupBy: 'team' })}`)
    const user = userEvent.setup()
    const nav = await screen.findByRole('navigation', { name: 'Main' })
    const open = async (label: string, heading = label) => {
      await user.click(within(nav).getByRole('link', { name: label }))
      await screen.findByRole('heading', { level: 1, name: heading })
    }

    await open('Overview')
    expect(searchOf(router)).toEqual(shared)
    expect(screen.getByLabelText('Team')).toHaveValue('search')
    await waitFor(() => expect(Object.fromEntries(queriesTo(fetch, 'GET /v1/dashboard/overview').at(-1)!)).toMatchObject(shared))

    await open('Budgets')
    expect(router.state.location.search).toBe('')
    await open('Users')
    expect(searchOf(router)).toEqual(shared)

    await user.click(within(screen.getByRole('navigation', { name: 'Usage views' })).getByRole('link', { name: 'Explorer' }))
    expect(searchOf(router)).toEqual(shared)
    await waitFor(() => expect(explorerQueries(fetch).at(-1)!.get('groupBy')).toBe('provider'))
  })

  it('keeps a filter chosen on one page when the next is opened', async () => {
    mockApi(signedInRoutes(analyticsRoutes()))
    const router = renderAppAt('/')
    const user = userEvent.setup()

    await user.selectOptions(await screen.findByLabelText('Range'), 'Last 90 days')
    await user.selectOptions(screen.getByLabelText('Source'), 'Provider billing')
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Usage' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Usage' })).toBeVisible()
    expect(searchOf(router)).toEqual({ range: '90d', source: 'billed' })
    expect(screen.getByLabelText('Range')).toHaveDisplayValue('Last 90 days')
    expect(screen.getByLabelText('Source')).toHaveDisplayValue('Provider billing')
  })

  it('gives the request log the range as its window and the shared filters, and back', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    const router = renderAppAt('/?range=custom&from=2026-11-01&to=2026-11-15&model=gpt-4.1&dataMode=demo')
    const user = userEvent.setup()
    const nav = await screen.findByRole('navigation', { name: 'Main' })

    await user.click(within(nav).getByRole('link', { name: 'Requests' }))

    await waitFor(() => expect(queriesTo(fetch, 'GET /v1/requests').some((q) => q.get('model') === 'gpt-4.1')).toBe(true))
    const query = queriesTo(fetch, 'GET /v1/requests').find((q) => q.get('model') === 'gpt-4.1')!
    expect(Object.fromEntries(query)).toMatchObject({
      model: 'gpt-4.1',
      dataMode: 'demo',
      from: '2026-11-01T00:00:00Z',
      to: '2026-11-16T00:00:00Z',
    })
    expect(screen.getByLabelText('From (UTC)')).toHaveValue('2026-11-01T00:00')

    await user.click(within(nav).getByRole('link', { name: 'Overview' }))
    expect(searchOf(router)).toEqual({ range: 'custom', from: '2026-11-01', to: '2026-11-15', model: 'gpt-4.1', dataMode: 'demo' })
  })

  it('offers History to owners and admins, who may read the activity', async () => {
    mockApi(signedInRoutes(analyticsRoutes()))
    renderAppAt('/')
    const main = await screen.findByRole('navigation', { name: 'Main' })
    expect(await within(main).findByRole('link', { name: 'History' })).toHaveAttribute('href', '/history')
  })

  it('does not offer History to members', async () => {
    mockApi(signedInRoutes({ ...analyticsRoutes(), 'GET /v1/me': me('member') }))
    renderAppAt('/')
    const memberNav = await screen.findByRole('navigation', { name: 'Main' })
    await within(memberNav).findByRole('link', { name: 'Budgets' })
    expect(within(memberNav).queryByRole('link', { name: 'History' })).toBeNull()
  })
})
