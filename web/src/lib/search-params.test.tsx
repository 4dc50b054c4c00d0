import { act, render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { useSearchParamsState, withParam } from './search-params'

function TwoChanges() {
  const [, update] = useSearchParamsState()
  const changeTwice = () => {
    update((params) => withParam(params, 'range', '7d'))
    update((params) => withParam(params, 'source', 'telemetry'))
  }
  return <button onClick={changeTwice}>change</button>
}

describe('useSearchParamsState', () => {
  it('keeps both of two changes made before the router renders the first', async () => {
    const router = createMemoryRouter([{ path: '/', element: <TwoChanges /> }], { initialEntries: ['/?team=search'] })
    render(<RouterProvider router={router} />)
    await act(async () => screen.getByRole('button').click())
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      team: 'search',
      range: '7d',
      source: 'telemetry',
    })
  })
})
