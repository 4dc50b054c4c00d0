import { RunNowButton } from '@/components/RunNowButton'
import { formatShortDateTime } from '@/lib/format'
import { useDetectAnomalies, type DetectionRun } from '../api/detect-anomalies'

const earlier = (found: number) =>
  found === 0 ? '' : ` ${found} earlier ${found === 1 ? 'anomaly' : 'anomalies'} found in the last 14 days.`

const outcomeOf = ({ hourUtc, scopesTested, created, earlierFound }: DetectionRun) =>
  `Checked the hour from ${formatShortDateTime(hourUtc)} across ${scopesTested} ${scopesTested === 1 ? 'scope' : 'scopes'}: ${
    created ? 'found an anomaly.' : 'nothing unusual.'
  }${earlier(earlierFound)}`

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
