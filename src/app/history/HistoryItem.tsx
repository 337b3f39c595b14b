import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { Attempt } from '../../engine/schema.ts'
import { formatDateTime, formatDuration, scorePoints } from '../format.ts'
import { Icon } from '../Icon.tsx'
import type { Rescored } from '../rescore.ts'
import { routes } from '../routes.ts'
import { Verdict } from '../Verdict.tsx'

export function HistoryItem({ attempt, rescored }: { attempt: Attempt; rescored: Rescored }) {
  const { t, i18n } = useTranslation()
  const date = formatDateTime(attempt.startedAt, i18n.language)
  // Link texts repeat on every row; the hidden end tells a screen-reader user which attempt each one opens.
  const which = <span className="ui-visually-hidden"> {t('history.ofAttempt', { date })}</span>
  return (
    <li className="history-item">
      <h2>{date}</h2>
      {rescored.ok ? (
        <p className="history-result">
          {rescored.report.graded && (
            <strong className="history-score">
              {t('history.score', { score: scorePoints(rescored.report.score) })}
            </strong>
          )}
          <Verdict report={rescored.report} />
          <span>{t('history.duration', { duration: formatDuration(rescored.report.durationS, t) })}</span>
        </p>
      ) : (
        <p className="history-result">{t('history.unavailable')}</p>
      )}
      <p className="ui-links">
        <Link href={routes.results(attempt.id)}>
          <Icon name="evaluation" />
          {t('history.results')}
          {which}
        </Link>
        <Link href={routes.replay(attempt.id)}>
          <Icon name="play" />
          {t('history.replay')}
          {which}
        </Link>
      </p>
    </li>
  )
}
