/** Attempt time as mm:ss, refreshed once a second in the DOM (the 3D canvas is not touched). */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../Icon.tsx'

export function formatClock(totalMs: number): string {
  const totalS = Math.floor(totalMs / 1000)
  const minutes = Math.floor(totalS / 60)
  return `${String(minutes).padStart(2, '0')}:${String(totalS % 60).padStart(2, '0')}`
}

export function ElapsedClock({ elapsedMs }: { elapsedMs: () => number }) {
  const { t } = useTranslation()
  const [text, setText] = useState(() => formatClock(elapsedMs()))
  useEffect(() => {
    const timer = window.setInterval(() => setText(formatClock(elapsedMs())), 1000)
    return () => window.clearInterval(timer)
  }, [elapsedMs])
  return (
    <span className="player-clock" aria-label={t('player.elapsed')}>
      <Icon name="clock" /> {text}
    </span>
  )
}
