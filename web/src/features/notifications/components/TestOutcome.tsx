import type { ChannelTestResult } from '../api/test-channel'

type TestOutcomeProps = { channelName: string; result?: ChannelTestResult; error: Error | null }

export function TestOutcome({ channelName, result, error }: TestOutcomeProps) {
  if (error) {
    return (
      <p role="alert" className="test-outcome failed">
        Could not send a test to {channelName}: {error.message}
      </p>
    )
  }
  if (!result) return null
  if (result.delivered) {
    return (
      <p role="status" className="test-outcome delivered">
        Test message delivered to {channelName}.
      </p>
    )
  }
  return (
    <p role="alert" className="test-outcome failed">
      Test message not delivered to {channelName}: {(result.error ?? 'no reason given').replace(/\.$/, '')}.{' '}
      {result.permanent ? 'Fix the channel’s settings before trying again.' : 'This may pass if you try again later.'}
    </p>
  )
}
