import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import type { Attempt } from '../../engine/schema.ts'
import { localText } from '../../i18n/index.ts'
import { requestPersistentStorage } from '../../persist/index.ts'
import { findExercise, openExercise } from '../catalogue.ts'
import type { OpenedExercise } from '../catalogue.ts'
import { CatalogueProblems } from '../home/CatalogueProblems.tsx'
import { HomeLink } from '../HomeLink.tsx'
import { Icon } from '../Icon.tsx'
import { Layout } from '../Layout.tsx'
import { ModeBadge } from '../ModeBadge.tsx'
import { routes } from '../routes.ts'
import { useServices } from '../services.tsx'
import { ListenButton } from './ListenButton.tsx'
import { newAttempt } from './newAttempt.ts'
import { ResumePanel } from './ResumePanel.tsx'
import { ToolList } from './ToolList.tsx'

/** What the exercise asks, with which tools and in which mode; then start, or resume the attempt left open. */
export function IntroPage({ exerciseId }: { exerciseId: string }) {
  const { t, i18n } = useTranslation()
  const { attempts } = useServices()
  const [, navigate] = useLocation()
  const [unfinished, setUnfinished] = useState<Attempt[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [opened, setOpened] = useState<OpenedExercise | null>(null)

  useEffect(() => {
    let live = true
    openExercise(exerciseId).then(
      (result) => {
        if (live) setOpened(result)
      },
      (error: unknown) => console.warn('The exercise could not be loaded', error),
    )
    return () => {
      live = false
    }
  }, [exerciseId])

  useEffect(() => {
    let live = true
    void attempts.unfinished(exerciseId).then((list) => {
      if (live) setUnfinished(list)
    })
    return () => {
      live = false
    }
  }, [attempts, exerciseId])

  const found = findExercise(exerciseId)
  if (!found) {
    return (
      <Layout title={t('intro.unknown.title')}>
        <h1>{t('intro.unknown.title')}</h1>
        <p>{t('intro.unknown.text')}</p>
        <HomeLink />
      </Layout>
    )
  }
  const { scene, card } = found
  const title = localText(card.title, i18n.language)
  // The objective, the spoken instruction and the tools come with the scene's runtime.
  const exercise = opened?.ok ? opened.exercise : null
  const latest = unfinished?.at(-1)

  // Attempts left open are closed, not deleted: they stay in the history as not successful.
  const start = async (abandoned: readonly Attempt[]) => {
    if (!opened?.ok) return
    setBusy(true)
    const finishedAt = new Date().toISOString()
    for (const old of abandoned) await attempts.saveAttempt({ ...old, finishedAt })
    const attempt = newAttempt(opened.runtime.model, opened.exercise)
    await attempts.saveAttempt(attempt)
    // Best effort, and the browser may ask the person: the player opens without waiting for the answer.
    void requestPersistentStorage()
    navigate(routes.play(attempt.id))
  }

  return (
    <Layout title={title}>
      <p className="ui-kicker">{localText(scene.title, i18n.language)}</p>
      <h1>{title}</h1>
      <div className="intro-mode">
        <ModeBadge mode={card.mode} />
        <p>{t(`intro.modeMeaning.${card.mode}`)}</p>
      </div>

      {exercise && (
        <>
          <section className="intro-section" aria-labelledby="intro-objective">
            <h2 id="intro-objective">{t('intro.objective')}</h2>
            <p className="intro-objective">{localText(exercise.objective, i18n.language)}</p>
            <ListenButton text={localText(exercise.instruction, i18n.language)} />
          </section>

          <section className="intro-section" aria-labelledby="intro-tools">
            <h2 id="intro-tools">{t('intro.tools')}</h2>
            <ToolList tools={exercise.tools} />
          </section>
        </>
      )}

      {opened && !opened.ok ? (
        <>
          <p role="alert">{t('intro.invalid')}</p>
          <CatalogueProblems
            problems={[
              { source: card.id, issues: opened.reason === 'invalid_exercise' ? opened.issues : [] },
            ]}
          />
        </>
      ) : unfinished === null || opened === null ? (
        <p role="status">{t('intro.loading')}</p>
      ) : latest ? (
        <ResumePanel
          attempt={latest}
          busy={busy}
          onResume={() => navigate(routes.play(latest.id))}
          onRestart={() => void start(unfinished)}
        />
      ) : (
        <button
          type="button"
          className="ui-button ui-button-primary ui-button-big"
          onClick={() => void start([])}
          disabled={busy}
        >
          <Icon name="play" />
          {t(busy ? 'intro.starting' : 'intro.start')}
        </button>
      )}

      <p className="ui-links">
        <Link href={routes.history(card.id)}>
          <Icon name="history" />
          {t('intro.history')}
        </Link>
        <Link href={routes.home}>
          <Icon name="home" />
          {t('intro.back')}
        </Link>
      </p>
    </Layout>
  )
}
