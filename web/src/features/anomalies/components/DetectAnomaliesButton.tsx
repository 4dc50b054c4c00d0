import { RunNowButton } from '@/components/RunNowButton'
import { formatShortDateTime } from '@/lib/format'
import { useDetectAnomalies, type AnomalyScanResult } from '../api/detect-anomalies'

const outcomeOf = ({ hourUtc, scopesTested, created }: AnomalyScanResult) =>
  `Checked the hour from ${formatShortDateTime(hourUtc)} across ${scopesTested} ${scopesTested === 1 ? 'scope' : 'scopes'}: ${
    created ? 'found an anomaly.' : 'nothing unusual.'
  }`

export function DetectAnomaliesButton() {
  const detect = useDetectAnomalies()
  return (
    <RunNowButton
      label="Detect now"
      pendingLabel="Detecting…"
      failure="Could not detect anomalies"
      run={detect}
      onRun={() => detect.mutate()}
      outcome={detect.data && outcomeOf(detect.data)}
    />
  )
}
