/** Links that carry a secret token put it in the fragment (`#token=…`), which browsers never send to a server. */
export function linkToken(hash: string) {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? ''
}
