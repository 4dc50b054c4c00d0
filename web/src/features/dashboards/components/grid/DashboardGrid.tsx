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

export function DashboardGrid({ widgets, editable, onLayoutDone, children }: DashboardGridProps) {
  const { width, containerRef } = useContainerWidth()
  return (
    <div ref={containerRef} className="dashboard-grid">
      <GridLayout
        width={width}
        layout={toGridLayout(widgets)}
        gridConfig={{ cols: gridColumns, rowHeight, margin: [16, 16], containerPadding: [0, 0] }}
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
