import { RunNowButton } from '@/components/RunNowButton'
import { useGenerateRecommendations } from '../api/generate-recommendations'

export function GenerateRecommendationsButton() {
  const generate = useGenerateRecommendations()
  const result = generate.data
  return (
    <RunNowButton
      label="Generate now"
      pendingLabel="Generating…"
      failure="Could not generate recommendations"
      run={generate}
      onRun={() => generate.mutate()}
      outcome={result && `Looked at the last 30 days: ${result.created} new, ${result.updated} updated.`}
    />
  )
}
