/**
 * Every query over ingested events starts with this key, so that loading or clearing data can
 * refresh all of them without the features knowing each other.
 */
export const telemetryQueryKey = ['telemetry'] as const
