/**
 * A short message after a gesture: refused, mistake, or mistake put right. The player gives it a new
 * key for every gesture, so each message starts visible and fades after a few seconds.
 */
import { useEffect, useState } from 'react'
import { Icon } from '../Icon.tsx'
import type { Feedback } from './feedback.ts'

const SHOW_MS = 4000
const ICONS = { refused: 'refused', mistake: 'warning', fixed: 'pass' } as const

export function FeedbackToast({ feedback }: { feedback: Feedback | null }) {
  const [visible, setVisible] = useState(true)
  useEffect(() => {
    const timer = window.setTimeout(() => setVisible(false), SHOW_MS)
    return () => window.clearTimeout(timer)
  }, [])
  return (
    <div className="player-toast-area" role="status" aria-live="assertive">
      {feedback && visible ? (
        <p className={`player-toast player-toast--${feedback.tone}`}>
          <Icon name={ICONS[feedback.tone]} /> {feedback.text}
        </p>
      ) : null}
    </div>
  )
}
