import { useId } from 'react'

export type Figure = { label: string; value: string }

/** Labelled figures; each value is named by its label, so tests and screen readers find it by name. */
export function Figures({ figures, label }: { figures: Figure[]; label?: string }) {
  const id = useId()
  return (
    <dl className="figures" aria-label={label}>
      {figures.map((figure, index) => (
        <div key={figure.label}>
          <dt id={`${id}-${index}`}>{figure.label}</dt>
          <dd aria-labelledby={`${id}-${index}`}>{figure.value}</dd>
        </div>
      ))}
    </dl>
  )
}
