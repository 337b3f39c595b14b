import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { consecutivePasses, isMastered } from '../../engine/mastery.ts'
import type { Attempt } from '../../engine/schema.ts'
import { HomeLink } from '../HomeLink.tsx'
import { Icon } from '../Icon.tsx'
import { Layout } from '../Layout.tsx'
import { reportsOf, rescore } from '../rescore.ts'
import { routes } from '../routes.ts'
import { useServices } from '../services.tsx'
import { ResultsReport } from './ResultsReport.tsx'

type Loaded = { attempt: Attempt | undefined; history: Attempt[] }

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
      if (live) setLoaded({ attempt, history })
    })()
    return () => {
      live = false
    }
  }, [attempts, attemptId])

  const rescored = useMemo(
    () => (loaded?.attempt?.finishedAt ? rescore(loaded.attempt) : undefined),
    [loaded],
  )
  const reports = useMemo(() => reportsOf(loaded?.history ?? []), [loaded])

  const title = t('results.pageTitle')
  if (!loaded) {
    return (
      <Layout title={title}>
        <h1>{t('results.title')}</h1>
        <p role="status">{t('results.loading')}</p>
      </Layout>
    )
  }
  const { attempt } = loaded
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
        streak={consecutivePasses(reports)}
        mastered={isMastered(reports)}
      />
    </Layout>
  )
}
