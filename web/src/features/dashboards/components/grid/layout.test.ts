import { describe, expect, it } from 'vitest'
import { dashboards } from '@/test/fixtures'
import { addWidget, applyGridLayout, moveWidget, placedWidgets, settle, toDashboardBody, toGridLayout } from './layout'

const widgets = placedWidgets(dashboards[0])

describe('dashboard layout', () => {
  it('maps widgets to grid items keyed by widget id', () => {
    expect(toGridLayout(widgets)[1]).toEqual({ i: 'w2', x: 8, y: 0, w: 4, h: 4, minW: 2, minH: 2 })
  })

  it('turns a dragged and resized grid into the PUT body, top to bottom and left to right', () => {
    const layout = toGridLayout(widgets).map((item) =>
      item.i === 'w1' ? { ...item, x: 6, y: 8, w: 6, h: 5 } : item.i === 'w4' ? { ...item, y: 0 } : item,
    )
    const body = toDashboardBody('Overview', applyGridLayout(widgets, layout))
    expect(body).toEqual({
      name: 'Overview',
      widgets: [
        { type: 'cost_per_model', x: 6, y: 0, width: 6, height: 4, config: {} },
        { type: 'budget_gauge', x: 8, y: 0, width: 4, height: 4, config: {} },
        { type: 'token_consumption', x: 0, y: 4, width: 6, height: 4, config: {} },
        { type: 'spend_over_time', x: 6, y: 8, width: 6, height: 5, config: {} },
      ],
    })
  })

  it('keeps every widget inside the twelve columns the API allows', () => {
    const layout = [{ i: 'w1', x: 10, y: -1, w: 14, h: 0 }]
    expect(applyGridLayout(widgets, layout)[0]).toMatchObject({ x: 0, y: 0, width: 12, height: 1 })
    expect(moveWidget(widgets, 'w2', 3, -2).find((w) => w.key === 'w2')).toMatchObject({ x: 8, y: 0 })
  })

  it('moves a widget by keyboard as a drag would: pushing the one in the way down, leaving no gaps', () => {
    const moved = moveWidget(moveWidget(widgets, 'w3', 1, 0), 'w3', 1, 0)
    expect(moved.map(({ key, x, y }) => ({ key, x, y }))).toEqual([
      { key: 'w1', x: 0, y: 0 },
      { key: 'w2', x: 8, y: 0 },
      { key: 'w3', x: 2, y: 4 },
      { key: 'w4', x: 6, y: 8 },
    ])
    expect(moveWidget(widgets, 'w3', 0, 1)).toEqual(widgets)
  })

  it('settles widgets into the rows left free', () => {
    const removed = settle(widgets.filter((w) => w.key !== 'w1'))
    expect(removed.map(({ key, x, y }) => ({ key, x, y }))).toEqual([
      { key: 'w2', x: 8, y: 0 },
      { key: 'w3', x: 0, y: 0 },
      { key: 'w4', x: 6, y: 4 },
    ])
  })

  it('adds a widget in its usual size and config below the others', () => {
    const added = addWidget(widgets, 'spend_over_time').at(-1)
    expect(added).toMatchObject({ type: 'spend_over_time', x: 0, y: 8, width: 8, height: 4 })
    expect(added?.config).toEqual({ interval: 'day', splitBy: 'provider' })
    expect(added?.key).not.toBe(addWidget(widgets, 'latency').at(-1)?.key)
  })
})
