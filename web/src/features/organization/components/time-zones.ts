/** IANA time zones for a select: UTC first, then the browser's list, and the current one even if the browser lacks it. */
export function timeZoneOptions(current: string, supported: readonly string[] = Intl.supportedValuesOf('timeZone')): string[] {
  const zones = ['UTC', ...supported.filter((zone) => zone !== 'UTC')]
  return zones.includes(current) ? zones : [current, ...zones]
}
