import { useTranslation } from 'react-i18next'
import type { Attempt } from '../../engine/schema.ts'
import { formatDateTime } from '../format.ts'
import { Icon } from '../Icon.tsx'

type Props = { attempt: Attempt; busy: boolean; onResume: () => void; onRestart: () => void }

export function ResumePanel({ attempt, busy, onResume, onRestart }: Props) {
  const { t, i18n } = useTranslation()
  return (
    <section className="intro-resume" aria-labelledby="intro-resume-title">
      <h2 id="intro-resume-title">{t('intro.resume.title')}</h2>
      <p>
        {t('intro.resume.text', {
          date: formatDateTime(attempt.startedAt, i18n.language),
          count: attempt.gestures.length,
        })}
      </p>
      <div className="ui-actions">
        <button type="button" className="ui-button ui-button-primary" onClick={onResume} disabled={busy}>
          <Icon name="play" />
          {t('intro.resume.resume')}
        </button>
        <button type="button" className="ui-button" onClick={onRestart} disabled={busy}>
          <Icon name="restart" />
          {t('intro.resume.restart')}
        </button>
      </div>
    </section>
  )
}
