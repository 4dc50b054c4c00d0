const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 })
const smallUsd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumSignificantDigits: 3 })

/** Dollars with cents, and three significant digits below one cent: one LLM call often costs $0.000123. */
export function formatUsd(amount: number): string {
  return amount !== 0 && Math.abs(amount) < 0.01 ? smallUsd.format(amount) : usd.format(amount)
}

export const formatCount = (count: number) => count.toLocaleString('en-US')

export const formatDateTime = (iso: string) => new Date(iso).toLocaleString()

export const formatDate = (iso: string) => new Date(iso).toLocaleDateString()

const shortDateTime = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** For dense tables of recent events: no year. */
export const formatShortDateTime = (iso: string) => shortDateTime.format(new Date(iso))
