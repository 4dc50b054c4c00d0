import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockApi, requestsTo, signedInRoutes } from '@/test/api'
import { jsonResponse } from '@/test/fetch'
import { me } from '@/test/fixtures'
import { renderAppAt } from '@/test/render'

const item = (key: string, title: string, passed: boolean, detail: string) => ({ key, title, passed, detail })

function checklist(score: number, unknownModelsPassed: boolean) {
  return {
    from: '2026-11-17T10:00:00Z',
    eventsChecked: 3,
    items: [
      item('endpointTagPresent', 'Feature attribution (endpointTag)', true, 'endpointTag on 3 of 3 events (100%).'),
      unknownModelsPassed
        ? item('unknownModels', 'Every model priced', true, 'Every model has a price.')
        : item('unknownModels', 'Every model priced', false, '1 events use models without a price: llama-x (1).'),
    ],
    unknownModels: unknownModelsPassed ? [] : [{ model: 'llama-x', events: 1 }],
    trackingQualityScore: score,
    scoreParts: [
      { key: 'endpointTagPresent', points: 25, maxPoints: 25, reason: 'endpointTag on 100% of events.' },
      {
        key: 'unknownModels',
        points: unknownModelsPassed ? 20 : 13,
        maxPoints: 20,
        reason: 'A known price on 66% of events.',
      },
    ],
  }
}

const clearRoutes = {
  'DELETE /v1/ingest/demo-data?scope=mine': { deleted: 3 },
  'DELETE /v1/ingest/test-data?scope=mine': { deleted: 2 },
  'DELETE /v1/ingest/demo-data?scope=workspace': { deleted: 120 },
  'DELETE /v1/ingest/test-data?scope=workspace': { deleted: 7 },
}

const region = (name: string) => screen.getByRole('region', { name })

describe('DataHygienePage', () => {
  it('shows each check passed or failed with its detail, and the tracking-quality score', async () => {
    mockApi(signedInRoutes({ 'GET /v1/ingest/checklist': checklist(67, false) }))
    renderAppAt('/settings/data-hygiene')

    const quality = await screen.findByRole('region', { name: 'Tracking quality' })
    await within(quality).findByText('67')
    expect(quality).toHaveTextContent('Score 67 of 100')
    expect(quality).toHaveTextContent('3 events checked since')
    const checks = within(within(quality).getByRole('list', { name: 'Checks' })).getAllByRole('listitem')
    expect(checks.map((check) => check.textContent)).toEqual([
      '✓Feature attribution (endpointTag) (passed)endpointTag on 3 of 3 events (100%).',
      '✗Every model priced (needs attention)1 events use models without a price: llama-x (1).',
    ])
    const parts = within(quality)
      .getAllByRole('row')
      .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))
    expect(parts).toEqual([
      ['25 / 25', 'endpointTag on 100% of events.'],
      ['13 / 20', 'A known price on 66% of events.'],
    ])
    expect(within(quality).getByRole('rowheader', { name: 'Every model priced' })).toBeInTheDocument()
  })

  it('clears my demo and test data with scope=mine and says how much went', async () => {
    const fetch = mockApi(signedInRoutes({ 'GET /v1/ingest/checklist': checklist(67, false), ...clearRoutes }))
    renderAppAt('/settings/data-hygiene')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Clear my demo data' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Deleted 3 demo requests of yours.')
    await user.click(screen.getByRole('button', { name: 'Clear my test data' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Deleted 2 test requests of yours.'))

    expect(requestsTo(fetch, 'DELETE /v1/ingest/demo-data?scope=mine')).toHaveLength(1)
    expect(requestsTo(fetch, 'DELETE /v1/ingest/test-data?scope=mine')).toHaveLength(1)
    expect(fetch.mock.calls.filter(([url]) => String(url).includes('scope=workspace'))).toHaveLength(0)
  })

  it('clears all demo or test data (scope=workspace) after confirming, then refreshes the checklist', async () => {
    let cleared = false
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/ingest/checklist': () => jsonResponse(200, cleared ? checklist(100, true) : checklist(67, false)),
        ...clearRoutes,
        'DELETE /v1/ingest/demo-data?scope=workspace': () => {
          cleared = true
          return jsonResponse(200, { deleted: 120 })
        },
      }),
    )
    renderAppAt('/settings/data-hygiene')
    const user = userEvent.setup()
    const cleanup = await screen.findByRole('region', { name: 'Clean up' })
    await within(region('Tracking quality')).findByText('67')

    await user.click(within(cleanup).getByRole('button', { name: 'Clear all test data' }))
    await user.click(within(cleanup).getByRole('button', { name: 'Cancel' }))
    await user.click(within(cleanup).getByRole('button', { name: 'Clear all demo data' }))
    expect(fetch.mock.calls.filter(([url]) => String(url).includes('scope=workspace'))).toHaveLength(0)
    const confirm = within(cleanup).getByRole('group', { name: 'Confirm clearing all demo data' })
    expect(confirm).toHaveTextContent('Delete the demo data of everyone in this organization?')
    await user.click(within(confirm).getByRole('button', { name: 'Yes, clear all demo data' }))

    expect(await within(cleanup).findByRole('status')).toHaveTextContent(
      'Deleted 120 demo requests from the whole organization.',
    )
    expect(requestsTo(fetch, 'DELETE /v1/ingest/demo-data?scope=workspace')).toHaveLength(1)
    expect(requestsTo(fetch, 'DELETE /v1/ingest/test-data?scope=workspace')).toHaveLength(0)
    expect(await within(region('Tracking quality')).findByText('100')).toBeVisible()
    expect(requestsTo(fetch, 'GET /v1/ingest/checklist')).toHaveLength(2)

    await user.click(within(cleanup).getByRole('button', { name: 'Clear all test data' }))
    await user.click(within(cleanup).getByRole('button', { name: 'Yes, clear all test data' }))
    await waitFor(() =>
      expect(within(cleanup).getByRole('status')).toHaveTextContent(
        'Deleted 7 test requests from the whole organization.',
      ),
    )
  })

  it('loads demo data, says what arrived and refreshes the checklist', async () => {
    let loaded = false
    const fetch = mockApi(
      signedInRoutes({
        'GET /v1/ingest/checklist': () => jsonResponse(200, checklist(loaded ? 100 : 0, loaded)),
        'POST /v1/ingest/demo': () => {
          loaded = true
          return jsonResponse(200, { inserted: 240, from: '2026-10-25T00:00:00Z', to: '2026-11-24T00:00:00Z' })
        },
      }),
    )
    renderAppAt('/settings/data-hygiene')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Load demo data' }))

    expect(await screen.findByRole('status')).toHaveTextContent(/^Loaded 240 demo requests dated /)
    expect(requestsTo(fetch, 'POST /v1/ingest/demo')).toHaveLength(1)
    expect(await within(region('Tracking quality')).findByText('100')).toBeVisible()
  })

  it('offers a member only the clean-up of their own data, and no demo data to load', async () => {
    mockApi(signedInRoutes({ 'GET /v1/me': me('member'), 'GET /v1/ingest/checklist': checklist(67, false) }))
    renderAppAt('/settings/data-hygiene')

    const cleanup = await screen.findByRole('region', { name: 'Clean up' })
    expect(within(cleanup).getByRole('button', { name: 'Clear my demo data' })).toBeVisible()
    expect(within(cleanup).getByRole('button', { name: 'Clear my test data' })).toBeVisible()
    expect(within(cleanup).queryByRole('button', { name: 'Clear all demo data' })).toBeNull()
    expect(within(cleanup).queryByRole('button', { name: 'Clear all test data' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Load demo data' })).toBeNull()
    expect(screen.getByText('Only owners and admins can load demo data.')).toBeVisible()
  })
})
