/** Numbers, dates and durations in the reader's language, with the app's rounding rules. */
import type { TFunction } from 'i18next'

export function formatNumber(value: number, language: string, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits }).format(value)
}

/** A fraction in [0, 1] as a whole percentage, rounded down so that "100 %" always means perfect. */
export function formatPercent(fraction: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent' }).format(Math.floor(fraction * 100 + 1e-6) / 100)
}

/**
 * The 0–100 score, rounded down: a 74.6 must not read "75" beside "Pas encore" when the pass mark is 75.
 * The small epsilon keeps an exact 0.75 stored as 0.7499999… from reading 74.
 */
export function scorePoints(score: number): number {
  return Math.floor(score * 100 + 1e-6)
}

/** Date and time of a stored ISO string; an unreadable one is shown as it is rather than throwing. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date)
}

export function formatDuration(seconds: number, t: TFunction): string {
  const whole = Math.round(seconds)
  const minutes = Math.floor(whole / 60)
  const rest = whole % 60
  if (minutes === 0) return t('duration.seconds', { seconds: rest })
  return rest === 0
    ? t('duration.minutes', { minutes })
    : t('duration.minutesSeconds', { minutes, seconds: rest })
}
