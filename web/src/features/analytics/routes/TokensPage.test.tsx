import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { analyticsRoutes, tokenUsage } from '@/test/analytics'
import { mockApi, queriesTo, signedInRoutes } from '@/test/api'
import { renderAppAt } from '@/test/render'
import { tableTexts } from '@/test/table'

describe('TokensPage', () => {
  it('shows tokens by day with the total, by endpoint tag and by model, with the averages', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    renderAppAt('/usage/tokens?range=7d&model=gpt-4.1')

    const byDay = await screen.findByRole('table', { name: 'Tokens by day' })
    expect(tableTexts(byDay)).toEqual([
      ['Day', 'Requests', 'Uncached input', 'Cached input', 'Cache writes', 'Output', 'Total', 'Input per request', 'Output per response'],
      ['Nov 1', '20', '2,000', '200', '20', '400', '2,620', '110.3', '20'],
      ['Nov 2', '10', '1,000', '100', '10', '200', '1,310', '110.3', '20'],
      ['Total', '30', '3,000', '300', '30', '600', '3,930', '110.3', '20'],
    ])
    expect(screen.getByRole('img', { name: 'Tokens by day and kind' })).toBeInTheDocument()
    const byTag = screen.getByRole('table', { name: 'Tokens by endpoint tag' })
    expect(tableTexts(byTag).map((row) => row[0])).toEqual(['Endpoint tag', 'search', 'No endpoint tag'])
    const byModel = screen.getByRole('table', { name: 'Tokens by model' })
    expect(tableTexts(byModel)[1]).toEqual(['gpt-4.1', '30', '3,000', '300', '30', '600', '3,930', '—', '20'])
    expect(Object.fromEntries(queriesTo(fetch, 'GET /v1/usage/tokens')[0])).toEqual({
      range: '7d',
      model: 'gpt-4.1',
      dataMode: 'real',
    })
  })

  it('is a tab of Usage that keeps the filters', async () => {
    mockApi(signedInRoutes(analyticsRoutes()))
    const router = renderAppAt('/usage?range=7d')

    await userEvent.setup().click(await screen.findByRole('link', { name: 'Tokens' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Tokens' })).toBeVisible()
    expect(router.state.location.search).toBe('?range=7d')
  })

  it('says when there are no tokens in the range', async () => {
    mockApi(signedInRoutes(analyticsRoutes({ 'GET /v1/usage/tokens': { ...tokenUsage, total: { ...tokenUsage.total, requests: 0 } } })))
    renderAppAt('/usage/tokens')

    expect(await screen.findByText('No tokens in this range.')).toBeVisible()
  })

  it('asks nothing of provider billing, which carries no per-call tokens', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    renderAppAt('/usage/tokens?source=billed')

    expect(await screen.findByText(/^Provider billing carries no endpoint tags or tokens per request/)).toBeVisible()
    expect(queriesTo(fetch, 'GET /v1/usage/tokens')).toHaveLength(0)
  })
})
