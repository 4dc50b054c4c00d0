import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { analyticsRoutes, promptVersions } from '@/test/analytics'
import { mockApi, queriesTo, signedInRoutes } from '@/test/api'
import { renderAppAt } from '@/test/render'
import { tableTexts } from '@/test/table'

describe('PromptVersionsPage', () => {
  it('suggests endpoint tags, then compares the first two versions of the chosen one side by side', async () => {
    const fetch = mockApi(signedInRoutes(analyticsRoutes()))
    const router = renderAppAt('/usage/prompt-versions?range=7d')
    const user = userEvent.setup()

    expect(await screen.findByText('Pick an endpoint tag to compare its prompt versions.')).toBeVisible()
    const tag = screen.getByLabelText('Endpoint tag')
    await waitFor(() =>
      expect([...document.querySelectorAll('#prompt-endpoint-tag-suggestions option')].map((o) => o.getAttribute('value'))).toEqual(['search']),
    )
    expect(queriesTo(fetch, 'GET /v1/usage/prompt-versions')).toHaveLength(0)
    await user.type(tag, 'search{Enter}')

    const table = await screen.findByRole('table', { name: 'Prompt versions of search' })
    expect(tableTexts(table)).toEqual([
      ['Measure', 'v1', 'v2'],
      ['Requests', '40', '10'],
      ['Spend', '$2.00', '$1.50'],
      ['Cost per request', '$0.05', '$0.15'],
      ['Input tokens per request', '1,200.5', '1,200.5'],
      ['Output tokens per request', '300', '300'],
      ['Average latency', '850 ms', '850 ms'],
      ['Error rate', '2.5%', '2.5%'],
      ['Unpriced requests', '0', '0'],
    ])
    expect(Object.fromEntries(queriesTo(fetch, 'GET /v1/usage/prompt-versions')[0])).toEqual({
      range: '7d',
      dataMode: 'real',
      endpointTag: 'search',
    })
    expect(router.state.location.search).toBe('?range=7d&endpointTag=search')
  })

  it('keeps the chosen versions in the URL, with dashes where a version had no calls', async () => {
    mockApi(signedInRoutes(analyticsRoutes()))
    const router = renderAppAt('/usage/prompt-versions?endpointTag=search&versionA=v2')
    const user = userEvent.setup()

    await user.selectOptions(await screen.findByLabelText('Second version'), 'v3')

    expect(new URLSearchParams(router.state.location.search).get('versionB')).toBe('v3')
    const table = screen.getByRole('table', { name: 'Prompt versions of search' })
    expect(tableTexts(table)[0]).toEqual(['Measure', 'v2', 'v3'])
    expect(tableTexts(table)[3]).toEqual(['Cost per request', '$0.15', '—'])
    expect(screen.getByLabelText('First version')).toHaveValue('v2')
  })

  it('says when only one version of the endpoint tag was used', async () => {
    const only = { ...promptVersions, versions: promptVersions.versions.slice(0, 1) }
    mockApi(signedInRoutes(analyticsRoutes({ 'GET /v1/usage/prompt-versions': only })))
    renderAppAt('/usage/prompt-versions?endpointTag=search')

    expect(await screen.findByText('Only one prompt version was used in this range.')).toBeVisible()
    expect(screen.queryByLabelText('Second version')).not.toBeInTheDocument()
  })

  it('says when the endpoint tag had no calls in the range', async () => {
    mockApi(signedInRoutes(analyticsRoutes({ 'GET /v1/usage/prompt-versions': { ...promptVersions, versions: [] } })))
    renderAppAt('/usage/prompt-versions?endpointTag=search')

    expect(await screen.findByText('No calls of this endpoint tag in the range.')).toBeVisible()
  })
})
