import { useCallback, useEffect, useRef, useState } from 'react'

export type SaveState = { status: 'idle' | 'waiting' | 'saving' | 'saved' | 'error'; error?: Error }

/**
 * Saves the newest value once changes pause for delayMs, one save at a time: a change made while a
 * save is in flight is saved after it, so the server ends with the last layout. A pending change is
 * saved at once when the page goes away.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delayMs: number) {
  const [state, setState] = useState<SaveState>({ status: 'idle' })
  const pending = useRef<{ value: T } | null>(null)
  const inFlight = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const saveRef = useRef(save)
  useEffect(() => {
    saveRef.current = save
  })

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    if (inFlight.current || !pending.current) return
    const { value } = pending.current
    pending.current = null
    inFlight.current = true
    setState({ status: 'saving' })
    saveRef.current(value).then(
      () => setState(pending.current ? { status: 'waiting' } : { status: 'saved' }),
      (error: Error) => setState({ status: 'error', error }),
    ).finally(() => {
      inFlight.current = false
      if (pending.current) flush()
    })
  }, [])

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value }
      setState((current) => (current.status === 'saving' ? current : { status: 'waiting' }))
      clearTimeout(timer.current)
      timer.current = setTimeout(flush, delayMs)
    },
    [delayMs, flush],
  )

  useEffect(() => flush, [flush])

  return { state, schedule }
}
