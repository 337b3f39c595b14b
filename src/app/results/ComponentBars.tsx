import { useTranslation } from 'react-i18next'
import type { ComponentScores } from '../../engine/types.ts'
import { formatPercent } from '../format.ts'

/** The six parts of the score in SCORING.md order; the bar is a picture of the percentage written beside it. */
const ORDER: (keyof ComponentScores)[] = ['completion', 'order', 'parameters', 'errors', 'time', 'economy']

export function ComponentBars({ components }: { components: ComponentScores }) {
  const { t, i18n } = useTranslation()
  return (
    <ul className="results-bars">
      {ORDER.map((key) => (
        <li key={key} className="results-bar">
          <span className="results-bar-label">{t(`components.${key}`)}</span>
          <span className="results-bar-value">{formatPercent(components[key], i18n.language)}</span>
          <span className="results-bar-track" aria-hidden="true">
            <span className="results-bar-fill" style={{ width: `${Math.round(components[key] * 100)}%` }} />
          </span>
        </li>
      ))}
    </ul>
  )
}
