import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { Exercise, Procedure } from '../../engine/schema.ts'
import type { Report, ResultPanel } from '../../engine/types.ts'
import { localText } from '../../i18n/index.ts'
import { scorePoints } from '../format.ts'
import { Icon } from '../Icon.tsx'
import { MasteryBadge } from '../MasteryBadge.tsx'
import { routes } from '../routes.ts'
import { Verdict } from '../Verdict.tsx'
import { ComponentBars } from './ComponentBars.tsx'
import { FindingItem } from './FindingItem.tsx'
import { ScenePanel } from './ScenePanel.tsx'

type Props = {
  attemptId: string
  exercise: Exercise
  procedure: Procedure
  report: Report
  /** Graded passes in a row at the end of this exercise's history. */
  streak: number
  mastered: boolean
  /** The scene's own account, e.g. the line budget of a splice cassette. */
  panel?: ResultPanel
}

function failReason(report: Report): string | undefined {
  if (!report.graded || report.success) return undefined
  if (report.criticalErrors > 0) return 'results.failCritical'
  const requiredMissing = report.findings.some((f) => f.kind === 'missing-step' && f.level === 'error')
  return requiredMissing ? 'results.failMissing' : undefined
}

export function ResultsReport({ attemptId, exercise, procedure, report, streak, mastered, panel }: Props) {
  const { t, i18n } = useTranslation()
  const reason = failReason(report)
  return (
    <>
      <p className="ui-kicker">{localText(exercise.title, i18n.language)}</p>
      <h1>{t('results.title')}</h1>

      <section className="results-summary" aria-labelledby="results-score">
        <h2 id="results-score">{t('results.score')}</h2>
        <p className="results-score">
          <span className="results-score-value" data-testid="score">
            {scorePoints(report.score)}
          </span>{' '}
          <span className="results-score-max">{t('results.outOf')}</span>
        </p>
        <p className="results-verdict">
          <Verdict report={report} />
        </p>
        {reason && <p className="results-reason">{t(reason)}</p>}
        {report.graded && <p>{t('results.passMark', { mark: scorePoints(report.passMark) })}</p>}
        {mastered ? (
          <MasteryBadge />
        ) : (
          report.graded && report.success && streak === 1 && <p>{t('results.oneMore')}</p>
        )}
      </section>

      {panel && <ScenePanel panel={panel} />}

      <section aria-labelledby="results-components">
        <h2 id="results-components">{t('results.componentsTitle')}</h2>
        <ComponentBars components={report.components} />
      </section>

      <section aria-labelledby="results-findings">
        <h2 id="results-findings">{t('results.findingsTitle')}</h2>
        {report.findings.length === 0 ? (
          <p>{t('results.noFindings')}</p>
        ) : (
          <ol className="results-findings">
            {report.findings.map((finding, index) => (
              <FindingItem key={index} finding={finding} procedure={procedure} attemptId={attemptId} />
            ))}
          </ol>
        )}
      </section>

      <div className="ui-actions results-actions">
        <Link className="ui-button ui-button-primary" href={routes.replay(attemptId)}>
          <Icon name="play" />
          {t('results.actions.replay')}
        </Link>
        <Link className="ui-button" href={routes.intro(exercise.id)}>
          <Icon name="restart" />
          {t('results.actions.restart')}
        </Link>
        <Link className="ui-button" href={routes.history(exercise.id)}>
          <Icon name="history" />
          {t('results.actions.history')}
        </Link>
        <Link className="ui-button" href={routes.home}>
          <Icon name="home" />
          {t('results.actions.home')}
        </Link>
      </div>
    </>
  )
}
