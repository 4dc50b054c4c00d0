import { useId } from 'react'
import type { Widget } from '../api/list-dashboards'
import { widgetTitle } from './widget-titles'

export function WidgetCard({ widget }: { widget: Widget }) {
  const titleId = useId()
  const placement = {
    gridColumn: `${widget.x + 1} / span ${widget.width}`,
    gridRow: `${widget.y + 1} / span ${widget.height}`,
  }
  return (
    <article className="card widget" style={placement} aria-labelledby={titleId}>
      <h2 id={titleId}>{widgetTitle(widget.type)}</h2>
      <p className="muted">No data yet</p>
    </article>
  )
}
