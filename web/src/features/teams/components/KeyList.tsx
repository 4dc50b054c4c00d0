/** A team's telemetry keys as code, comma-separated, the primary key first. */
export function KeyList({ keys }: { keys: readonly string[] }) {
  return keys.map((key, index) => (
    <span key={key}>
      {index > 0 && ', '}
      <code>{key}</code>
    </span>
  ))
}
