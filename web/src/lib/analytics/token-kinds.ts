export type TokenKind = 'uncachedInputTokens' | 'cachedInputTokens' | 'cacheWriteTokens' | 'outputTokens'

/** The kinds of token a call is billed for, in the order the charts stack them. */
export const tokenKinds: { key: TokenKind; label: string }[] = [
  { key: 'uncachedInputTokens', label: 'Uncached input' },
  { key: 'cachedInputTokens', label: 'Cached input' },
  { key: 'cacheWriteTokens', label: 'Cache writes' },
  { key: 'outputTokens', label: 'Output' },
]
