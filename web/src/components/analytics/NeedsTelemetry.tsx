/** What a view built on per-call telemetry says when the source is provider billing only. */
export function NeedsTelemetry({ what }: { what: string }) {
  return (
    <p className="muted empty-state">
      Provider billing carries no {what}: choose All sources or Telemetry as the source.
    </p>
  )
}
