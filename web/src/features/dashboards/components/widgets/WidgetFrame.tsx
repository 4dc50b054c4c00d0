import { useId, type KeyboardEvent, type ReactNode } from 'react'
import { widgetDefinition } from './definitions'

type WidgetFrameProps = {
  type: string
  editable: boolean
  onMove: (dx: number, dy: number) => void
  onRemove: () => void
  children: ReactNode
}

const arrowMoves: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
}

export function WidgetFrame({ type, editable, onMove, onRemove, children }: WidgetFrameProps) {
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
