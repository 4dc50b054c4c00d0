import { render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { lazyPage } from './lazy-page'

const Greeting = ({ name }: { name: string }) => <h1>Hello {name}</h1>

describe('lazyPage', () => {
  it('loads the page on its first render', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting))
    const Page = lazyPage(load)

    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Page name="Ada" />
      </Suspense>,
    )

    expect(screen.getByText('Loading…')).toBeVisible()
    expect(await screen.findByRole('heading', { name: 'Hello Ada' })).toBeVisible()
    expect(load).toHaveBeenCalledOnce()
  })

  it('renders a page loaded ahead at once, without the fallback', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting))
    const Page = lazyPage(load)
    await Page.preload()

    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Page name="Ada" />
      </Suspense>,
    )

    expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeVisible()
    expect(screen.queryByText('Loading…')).toBeNull()
    expect(load).toHaveBeenCalledOnce()
  })
})
