/**
 * The replay's timeline: a slider over the gestures, step and play buttons, and one marker per finding
 * that jumps to the gesture where it happened. Position n shows the workplace after n gestures.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Gesture, Procedure } from '../../engine/schema.ts'
import type { Finding } from '../../engine/types.ts'
import { findingText } from '../results/findingText.ts'
import { formatClock } from '../player/ElapsedClock.tsx'
import { Icon } from '../Icon.tsx'

type Props = {
  gestures: readonly Gesture[]
  findings: readonly Finding[]
  procedure: Procedure
  position: number
  onSeek: (position: number) => void
}

/** Playback pace: the real gaps between gestures, clamped so waiting stays short and moves stay visible. */
const MIN_STEP_MS = 350
const MAX_STEP_MS = 1500

export function Timeline({ gestures, findings, procedure, position, onSeek }: Props) {
  const { t, i18n } = useTranslation()
  const [playRequested, setPlaying] = useState(false)
  const total = gestures.length
  // Playback stops by itself at the last gesture.
  const playing = playRequested && position < total
  const current = position > 0 ? gestures[position - 1] : undefined

  useEffect(() => {
    if (!playing) return
    const gapMs = (gestures[position]?.tMs ?? 0) - (gestures[position - 1]?.tMs ?? 0)
    const timer = window.setTimeout(
      () => onSeek(position + 1),
      Math.min(MAX_STEP_MS, Math.max(MIN_STEP_MS, gapMs)),
    )
    return () => window.clearTimeout(timer)
  }, [playing, position, total, gestures, onSeek])

  const marked = findings.filter((finding) => finding.seq !== undefined)

  return (
    <div className="replay-timeline">
      <div className="replay-controls">
        <button
          type="button"
          className="player-button"
          onClick={() => onSeek(0)}
          aria-label={t('replay.start')}
        >
          <Icon name="first" />
        </button>
        <button
          type="button"
          className="player-button"
          onClick={() => onSeek(Math.max(0, position - 1))}
          aria-label={t('replay.previous')}
        >
          <Icon name="back" />
        </button>
        <button
          type="button"
          className="player-button player-button--primary"
          onClick={() => {
            if (position >= total) onSeek(0)
            setPlaying(!playing)
          }}
        >
          <Icon name={playing ? 'pause' : 'play'} /> {playing ? t('replay.pause') : t('replay.play')}
        </button>
        <button
          type="button"
          className="player-button"
          onClick={() => onSeek(Math.min(total, position + 1))}
          aria-label={t('replay.next')}
        >
          <Icon name="forward" />
        </button>
        <button
          type="button"
          className="player-button"
          onClick={() => onSeek(total)}
          aria-label={t('replay.end')}
        >
          <Icon name="last" />
        </button>
        <p className="replay-position" data-testid="replay-position">
          {t('replay.position', { n: position, total })}
          {current
            ? ` · ${formatClock(current.tMs)} · ${t(`replay.gestures.${current.type}`, { defaultValue: current.type })}`
            : ''}
        </p>
      </div>
      <div className="replay-track">
        <input
          type="range"
          min={0}
          max={total}
          value={position}
          aria-label={t('replay.slider')}
          onChange={(event) => {
            setPlaying(false)
            onSeek(Number(event.target.value))
          }}
        />
        {marked.map((finding, i) => {
          const text = findingText(finding, procedure, t, i18n.language)
          const at = (finding.seq ?? 0) + 1
          return (
            <button
              key={`${finding.kind}-${finding.seq}-${i}`}
              type="button"
              className={`replay-marker replay-marker--${finding.level}`}
              style={{ left: `${total ? (at / total) * 100 : 0}%` }}
              title={text.title}
              aria-label={t('replay.jumpTo', { title: text.title, n: at })}
              onClick={() => {
                setPlaying(false)
                onSeek(at)
              }}
            />
          )
        })}
      </div>
    </div>
  )
}
