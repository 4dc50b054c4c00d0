import { useId } from 'react'
import { formatCount, formatDate } from '@/lib/format'
import { useIngestChecklist, type IngestChecklist as Checklist } from '../api/get-ingest-checklist'

export function IngestChecklist() {
  const headingId = useId()
  const checklist = useIngestChecklist()

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Tracking quality</h2>
      {checklist.isPending && <p className="muted">Checking your telemetry…</p>}
      {checklist.isError && (
        <div role="alert" className="alert">
          Could not load the checklist: {checklist.error.message}
        </div>
      )}
      {checklist.data && <ChecklistResult checklist={checklist.data} />}
    </section>
  )
}

function ChecklistResult({ checklist }: { checklist: Checklist }) {
  const titleOf = (key: string) => checklist.items.find((item) => item.key === key)?.title ?? key
  return (
    <>
      <p className="quality-score">
        Score <strong>{checklist.trackingQualityScore}</strong> <span className="muted">of 100</span>
      </p>
      <p className="muted">
        {formatCount(checklist.eventsChecked)} events checked since {formatDate(checklist.from)}; demo data is not
        counted.
      </p>
      <ul className="quality-checks" aria-label="Checks">
        {checklist.items.map((item) => (
          <li key={item.key} className={item.passed ? 'passed' : 'failed'}>
            <span aria-hidden="true">{item.passed ? '✓' : '✗'}</span>
            <div>
              <strong>{item.title}</strong>
              <span className="visually-hidden">{item.passed ? ' (passed)' : ' (needs attention)'}</span>
              <p className="muted">{item.detail}</p>
            </div>
          </li>
        ))}
      </ul>
      <details className="score-parts">
        <summary>How the score is made</summary>
        <table className="table">
          <tbody>
            {checklist.scoreParts.map((part) => (
              <tr key={part.key}>
                <th scope="row">{titleOf(part.key)}</th>
                <td className="number">
                  {part.points} / {part.maxPoints}
                </td>
                <td>{part.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  )
}
