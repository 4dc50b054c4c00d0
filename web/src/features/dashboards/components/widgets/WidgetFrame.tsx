import { useId, type KeyboardEvent, type ReactNode } from 'react'
import { widgetDefinition, type WidgetConfig } from './definitions'
import { WidgetSettings } from './WidgetSettings'

type WidgetFrameProps = {
  type: string
  config: unknown
  editable: boolean
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
  const { type, config, editable, onMove, onRemove, onConfigChange, children } = props
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
        {editable && <WidgetSettings type={type} config={config} onChange={onConfigChange} />}
        {editable && (
          <button type="button" className="link-button widget-remove" aria-label={`Remove ${title}`} onClick={onRemove}>
            ×
          </button>
        )}
      </header>
      <div className="widget-body">{children}</div>
    </article>
  )
}
