import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { analyticsRoutes } from '@/test/analytics'
import { mockApi, requestsTo, signedInRoutes, type Routes } from '@/test/api'
import { jsonResponse } from '@/test/fetch'
import { me } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'

const demoCall = { id: 'r1', externalRequestId: 'demo-1', dataMode: 'demo' }

/** The request log holds a demo call until demo data is removed. */
function withDemoData(overrides: Routes = {}) {
  let present = true
  return signedInRoutes({
    ...analyticsRoutes(),
    'GET /v1/requests': () => jsonResponse(200, { items: present ? [demoCall] : [], nextBefore: null }),
    'DELETE /v1/ingest/demo-data': () => {
      present = false
      return jsonResponse(200, { deleted: 240 })
    },
    ...overrides,
  })
}

const banner = () => screen.findByRole('region', { name: 'Demo data' })
const searchOf = (router: ReturnType<typeof renderAppAt>) => router.state.location.search

describe('the demo data banner', () => {
  it('says demo data is shown, and switches between demo and real data', async () => {
    mockApi(withDemoData())
    const router = renderAppAt('/?range=7d&dataMode=demo')
    const user = userEvent.setup()

    expect(await banner()).toHaveTextContent(/^Showing demo data\. Demo calls are marked as demo and never mix into real figures/)
    await user.click(within(await banner()).getByRole('button', { name: 'Show real data' }))
    expect(searchOf(router)).toBe('?range=7d')
    expect(await banner()).toHaveTextContent(/^Demo data is loaded, and hidden: showing real data\./)

    await user.click(within(await banner()).getByRole('button', { name: 'Show demo data' }))
    expect(searchOf(router)).toBe('?range=7d&dataMode=demo')
  })

  it('removes everyone’s demo data after confirming, and goes back to real data', async () => {
    const fetch = mockApi(withDemoData())
    const router = renderAppAt('/?dataMode=demo')
    const user = userEvent.setup()

    await user.click(within(await banner()).getByRole('button', { name: 'Remove demo data' }))
    await user.click(within(await banner()).getByRole('button', { name: 'Yes, remove demo data' }))

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Demo data' })).toBeNull())
    expect(requestsTo(fetch, 'DELETE /v1/ingest/demo-data?scope=workspace')).toHaveLength(1)
    expect(searchOf(router)).toBe('')
  })

  it('stays dismissed in this tab once dismissed', async () => {
    mockApi(withDemoData())
    renderAppAt('/?dataMode=demo')
    const user = userEvent.setup()

    await user.click(within(await banner()).getByRole('button', { name: 'Dismiss the demo data notice' }))
    expect(screen.queryByRole('region', { name: 'Demo data' })).toBeNull()

    cleanup()
    renderAppAt('/?dataMode=demo')
    await screen.findByRole('definition', { name: 'Spend in range' })
    expect(screen.queryByRole('region', { name: 'Demo data' })).toBeNull()
  })

  it('offers members no removal, and is absent without demo data', async () => {
    mockApi(withDemoData({ 'GET /v1/me': me('member') }))
    renderAppAt('/?dataMode=demo')
    expect(within(await banner()).queryByRole('button', { name: 'Remove demo data' })).toBeNull()

    cleanup()
    mockApi(signedInRoutes(analyticsRoutes()))
    renderAppAt('/')
    await screen.findByRole('definition', { name: 'Spend in range' })
    expect(screen.queryByRole('region', { name: 'Demo data' })).toBeNull()
  })
})
