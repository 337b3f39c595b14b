import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { consecutivePasses, isMastered } from '../../engine/mastery.ts'
import type { Attempt } from '../../engine/schema.ts'
import type { Report } from '../../engine/types.ts'
import { HomeLink } from '../HomeLink.tsx'
import { Icon } from '../Icon.tsx'
import { Layout } from '../Layout.tsx'
import { reportsOf, rescore } from '../rescore.ts'
import type { Rescored } from '../rescore.ts'
import { routes } from '../routes.ts'
import { useServices } from '../services.tsx'
import { ResultsReport } from './ResultsReport.tsx'

type Loaded = { attempt: Attempt | undefined; rescored: Rescored | undefined; reports: Report[] }

/** The debrief of one attempt, recomputed from its log: score, verdict, the six parts, every deduction explained. */
export function ResultsPage({ attemptId }: { attemptId: string }) {
  const { t } = useTranslation()
  const { attempts } = useServices()
  const [loaded, setLoaded] = useState<Loaded | null>(null)

  useEffect(() => {
    let live = true
    void (async () => {
      const attempt = await attempts.get(attemptId)
      const history = attempt ? await attempts.history(attempt.exerciseId) : []
      const rescored = attempt?.finishedAt ? await rescore(attempt) : undefined
      const reports = await reportsOf(history)
      if (live) setLoaded({ attempt, rescored, reports })
    })()
    return () => {
      live = false
    }
  }, [attempts, attemptId])

  const title = t('results.pageTitle')
  if (!loaded) {
    return (
      <Layout title={title}>
        <h1>{t('results.title')}</h1>
        <p role="status">{t('results.loading')}</p>
      </Layout>
    )
  }
  const { attempt, rescored, reports } = loaded
  if (!attempt) {
    return (
      <Layout title={t('results.notFound.title')}>
        <h1>{t('results.notFound.title')}</h1>
        <p>{t('results.notFound.text')}</p>
        <HomeLink />
      </Layout>
    )
  }
  if (!attempt.finishedAt) {
    return (
      <Layout title={t('results.unfinished.title')}>
        <h1>{t('results.unfinished.title')}</h1>
        <p>{t('results.unfinished.text')}</p>
        <div className="ui-actions">
          <Link className="ui-button ui-button-primary" href={routes.play(attempt.id)}>
            <Icon name="play" />
            {t('results.unfinished.resume')}
          </Link>
          <HomeLink />
        </div>
      </Layout>
    )
  }
  if (!rescored?.ok) {
    return (
      <Layout title={t('results.unavailable.title')}>
        <h1>{t('results.unavailable.title')}</h1>
        <p>{t(`results.unavailable.${rescored?.reason ?? 'failed'}`)}</p>
        <HomeLink />
      </Layout>
    )
  }
  return (
    <Layout title={title}>
      <ResultsReport
        attemptId={attempt.id}
        exercise={rescored.exercise}
        procedure={rescored.procedure}
        report={rescored.report}
        {...(rescored.panel ? { panel: rescored.panel } : {})}
        streak={consecutivePasses(reports)}
        mastered={isMastered(reports)}
      />
    </Layout>
  )
}
