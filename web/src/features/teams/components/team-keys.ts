/** The telemetry keys typed in one field: separated by commas or new lines, trimmed, each once, in order. */
export const parseKeys = (text: string) => [
  ...new Set(
    text
      .split(/[,\n]/)
      .map((key) => key.trim())
      .filter(Boolean),
  ),
]

export const keysText = (keys: readonly string[]) => keys.join(', ')

/** Whether a budget belongs to the team: it is scoped to one of its keys. */
export const coversTeam = (keys: readonly string[], scope: { kind: string; value?: string | null }) =>
  scope.kind === 'team' && scope.value != null && keys.includes(scope.value)

/** The API names a bad key by its place (keys[1]) and a bad list as keys: all of them belong under the keys field. */
export const keyErrorsOf = (errors: Record<string, string[]>) =>
  Object.entries(errors)
    .filter(([field]) => field === 'keys' || field.startsWith('keys['))
    .flatMap(([, messages]) => messages)
