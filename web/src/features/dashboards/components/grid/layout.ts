import type { Layout } from 'react-grid-layout'
import { moveElement, verticalCompactor } from 'react-grid-layout/core'
import type { Dashboard } from '../../api/list-dashboards'
import type { DashboardBody, WidgetInput } from '../../api/save-dashboard'
import { widgetDefinition } from '../widgets/definitions'

export const gridColumns = 12

/** A widget on the screen: its saved fields and a key that stays put while it has no id yet. */
export type PlacedWidget = WidgetInput & { key: string }

let nextKey = 0
const newKey = () => `new-${++nextKey}`

export const placedWidgets = (dashboard: Dashboard): PlacedWidget[] =>
  (dashboard.widgets ?? []).map(({ id, type, x, y, width, height, config }) => ({
    key: id,
    type,
    x,
    y,
    width,
    height,
    config: config ?? {},
  }))

export const toGridLayout = (widgets: PlacedWidget[]): Layout =>
  widgets.map((w) => ({ i: w.key, x: w.x, y: w.y, w: w.width, h: w.height, minW: 2, minH: 2 }))

/** The widgets at the places a drag or resize left them in. */
export function applyGridLayout(widgets: PlacedWidget[], layout: Layout): PlacedWidget[] {
  const byKey = new Map(layout.map((item) => [item.i, item]))
  return widgets.map((widget) => {
    const item = byKey.get(widget.key)
    if (!item) return widget
    const width = Math.min(Math.max(1, item.w), gridColumns)
    const x = Math.min(Math.max(0, item.x), gridColumns - width)
    return { ...widget, x, y: Math.max(0, item.y), width, height: Math.max(1, item.h) }
  })
}

/** What PUT /v1/dashboards/{id} saves: the whole layout, top to bottom, left to right. */
export function toDashboardBody(name: string, widgets: PlacedWidget[]): DashboardBody {
  const ordered = [...widgets].sort((a, b) => a.y - b.y || a.x - b.x)
  return { name, widgets: ordered.map(({ type, x, y, width, height, config }) => ({ type, x, y, width, height, config })) }
}

/** A new widget of the type, in its usual size, below everything else. */
export function addWidget(widgets: PlacedWidget[], type: WidgetInput['type']): PlacedWidget[] {
  const { size, config } = widgetDefinition(type)
  const bottom = Math.max(0, ...widgets.map((w) => w.y + w.height))
  return [...widgets, { key: newKey(), type, x: 0, y: bottom, ...size, config: { ...config } }]
}

/** As the grid shows them: pulled up into free rows, as after a drag. */
export const settle = (widgets: PlacedWidget[]) =>
  applyGridLayout(widgets, verticalCompactor.compact(toGridLayout(widgets), gridColumns))

/** One step by keyboard, pushing aside the widgets in the way as a drag would. */
export function moveWidget(widgets: PlacedWidget[], key: string, dx: number, dy: number): PlacedWidget[] {
  const layout = toGridLayout(widgets)
  const item = layout.find((i) => i.i === key)
  if (!item) return widgets
  const x = Math.min(Math.max(0, item.x + dx), gridColumns - item.w)
  const moved = moveElement(layout, item, x, Math.max(0, item.y + dy), true, false, 'vertical', gridColumns)
  return settle(applyGridLayout(widgets, moved))
}

export const configureWidget = (widgets: PlacedWidget[], key: string, config: PlacedWidget['config']): PlacedWidget[] =>
  widgets.map((w) => (w.key === key ? { ...w, config } : w))
