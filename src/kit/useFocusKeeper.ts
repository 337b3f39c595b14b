/**
 * Keeps the keyboard in a scene's overlay when a gesture removes the focused button (a fibre taken, a
 * tube opened, the glasses put on): focus goes to the button now in its place, or to the one `prefer`
 * names (the fibre now in hand), instead of falling back to the top of the page mid-gesture.
 */
import { useEffect, useRef } from 'react'

export function useFocusKeeper(ids: readonly string[], prefer?: (lostId: string) => string | null) {
  const container = useRef<HTMLDivElement>(null)
  const last = useRef<{ id: string; index: number } | null>(null)
  const key = ids.join('|')

  useEffect(() => {
    const element = container.current
    const lost = last.current
    if (!element || !lost || key.split('|').includes(lost.id)) return
    if (document.activeElement !== document.body && document.activeElement !== null) return
    const preferred = prefer?.(lost.id)
    const target = preferred ? element.querySelector<HTMLButtonElement>(`[data-target="${preferred}"]`) : null
    const all = element.querySelectorAll<HTMLButtonElement>('button')
    ;(target ?? all[Math.min(lost.index, all.length - 1)])?.focus()
  }, [key, prefer])

  /** Call from each button's focus handler. */
  const remember = (id: string, index: number) => {
    last.current = { id, index }
  }
  return { container, remember }
}
