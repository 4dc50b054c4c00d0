import { useId, type KeyboardEvent, type ReactNode } from 'react'
import { Link } from 'react-router'
import { widgetDefinition, type WidgetConfig } from './definitions'
import { WidgetSettings } from './WidgetSettings'

type WidgetFrameProps = {
  type: string
  config: unknown
  editable: boolean
  /** The page that shows all of what the widget sums up, if there is one. */
  link?: string
  onMove: (dx: number, dy: number) => void
  onRemove: () => void
  onConfigChange: (config: WidgetConfig) => void
  children: ReactNode
}

const arrowMoves: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
}

export function WidgetFrame(props: WidgetFrameProps) {
  const { type, config, editable, link, onMove, onRemove, onConfigChange, children } = props
  const titleId = useId()
  const { title } = widgetDefinition(type)
  const moveWithKeys = (event: KeyboardEvent) => {
    const move = arrowMoves[event.key]
    if (!move) return
    event.preventDefault()
    onMove(...move)
  }

  return (
    <article className="card widget" aria-labelledby={titleId}>
      <header className="widget-header">
        {editable && (
          <button
            type="button"
            className="drag-handle"
            aria-label={`Move ${title}`}
            title="Drag to move, or use the arrow keys"
            onKeyDown={moveWithKeys}
          >
            ⠿
          </button>
        )}
        <h2 id={titleId}>{title}</h2>
        {link && (
          <Link to={link} className="widget-link" aria-label={`See all: ${title}`}>
            See all
          </Link>
        )}
        {editable && <WidgetSettings type={type} config={config} onChange={onConfigChange} />}
        {editable && (
          <button type="button" className="link-button widget-remove" aria-label={`Remove ${title}`} onClick={onRemove}>
            ×
          </button>
        )}
      </header>
      {/* Focusable so keyboard users can scroll a widget whose content overflows it. */}
      <div className="widget-body" role="region" aria-labelledby={titleId} tabIndex={0}>
        {children}
      </div>
    </article>
  )
}
