import GridLayout, { useContainerWidth, type Layout } from 'react-grid-layout'
import 'react-grid-layout/css/styles.css'
import type { ReactNode } from 'react'
import { gridColumns, toGridLayout, type PlacedWidget } from './layout'

type DashboardGridProps = {
  widgets: PlacedWidget[]
  editable: boolean
  /** Called once a drag or resize stops, with the whole layout. */
  onLayoutDone: (layout: Layout) => void
  children: (widget: PlacedWidget) => ReactNode
}

const rowHeight = 80
const gap = 16
/** Narrower than this, twelve columns leave widgets too thin to read, so they stack one under another in grid order. */
const stackBelowPx = 640

const inGridOrder = (a: PlacedWidget, b: PlacedWidget) => a.y - b.y || a.x - b.x

export function DashboardGrid({ widgets, editable, onLayoutDone, children }: DashboardGridProps) {
  const { width, containerRef } = useContainerWidth()
  if (width > 0 && width < stackBelowPx) {
    return (
      <div ref={containerRef} className="dashboard-grid dashboard-stack">
        {[...widgets].sort(inGridOrder).map((widget) => (
          <div key={widget.key} className="grid-cell" style={{ height: widget.height * (rowHeight + gap) - gap }}>
            {children(widget)}
          </div>
        ))}
      </div>
    )
  }
  return (
    <div ref={containerRef} className="dashboard-grid">
      <GridLayout
        width={width}
        layout={toGridLayout(widgets)}
        gridConfig={{ cols: gridColumns, rowHeight, margin: [gap, gap], containerPadding: [0, 0] }}
        dragConfig={{ enabled: editable, handle: '.drag-handle' }}
        resizeConfig={{ enabled: editable, handles: ['se'] }}
        onDragStop={onLayoutDone}
        onResizeStop={onLayoutDone}
      >
        {widgets.map((widget) => (
          <div key={widget.key} className="grid-cell">
            {children(widget)}
          </div>
        ))}
      </GridLayout>
    </div>
  )
}
