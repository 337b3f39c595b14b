/**
 * The 3D player around a scene: the canvas (demand frame loop, capped pixel ratio), the scene's
 * keyboard overlay, and a small HUD: objective, time, progress, hints, camera views, help, finish.
 */
import { Suspense, useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import { useStore } from 'zustand'
import { localText } from '../../i18n/index.ts'
import { PerfProbe } from '../../kit/PerfProbe.tsx'
import { Stage } from '../../kit/Stage.tsx'
import { createSceneUi } from '../../kit/sceneUi.ts'
import { stateDigest } from '../../kit/stateDigest.ts'
import { routes } from '../routes.ts'
import { useServices } from '../services.tsx'
import { useStoreProblem } from '../useStoreProblem.ts'
import { CameraViews } from './CameraViews.tsx'
import { ElapsedClock } from './ElapsedClock.tsx'
import { FeedbackToast } from './FeedbackToast.tsx'
import { feedbackFor } from './feedback.ts'
import { FinishDialog } from './FinishDialog.tsx'
import { HelpDialog } from './HelpDialog.tsx'
import { LiveReadout } from './LiveReadout.tsx'
import { STAGE_CAMERA, STAGE_DPR } from './stageSettings.ts'
import type { PlayerSession } from './usePlayerSession.ts'
import { Icon } from '../Icon.tsx'

export function PlayerScreen({ session }: { session: PlayerSession }) {
  const { t, i18n } = useTranslation()
  const [, navigate] = useLocation()
  const { attempts } = useServices()
  const { live, scene, runtime, exercise, procedure, module } = session
  const View = module.default
  const Overlay = module.Overlay
  const ui = useMemo(() => createSceneUi(), [])
  const [cameraView, setCameraView] = useState(scene.views[0]?.id ?? 'overview')
  const [helpOpen, setHelpOpen] = useState(false)
  const [confirmFinish, setConfirmFinish] = useState(false)
  const state = useStore(live, (s) => s.state)
  const last = useStore(live, (s) => s.last)
  const lastGesture = useStore(live, (s) => s.attempt.gestures.at(-1)?.type)
  const mode = exercise.mode
  // Guided mode always shows the way; a practice hint shows it until the next gesture.
  const showHint = mode === 'guided' || lastGesture === 'hint'
  const { done, total } = runtime.progress(state)
  const hint = showHint ? runtime.hintMessage(state) : null
  const feedback = useMemo(
    () => feedbackFor(last, mode, procedure, t, i18n.language),
    [last, mode, procedure, t, i18n.language],
  )
  const elapsedMs = useCallback(() => live.elapsedMs(), [live])
  const storageProblem = useStoreProblem()
  const digest = useMemo(() => stateDigest(state), [state])
  const gestureCount = useStore(live, (s) => s.attempt.gestures.length)

  const finish = async () => {
    setConfirmFinish(false)
    const outcomes = live.dispatch({ type: 'finish' })
    // A second tap finds the attempt closed already: dispatch refuses it and nothing is saved twice.
    if (!outcomes.some((outcome) => outcome.kind === 'finished')) return
    const { attempt } = live.getState()
    await attempts.saveAttempt({ ...attempt, finishedAt: new Date().toISOString() })
    navigate(routes.results(attempt.id))
  }

  return (
    <div className="player">
      <header className="player-top">
        <Link href={routes.intro(exercise.id)} className="player-button player-quit">
          <Icon name="close" /> {t('player.quit')}
        </Link>
        <div className="player-objective">
          <h1 className="player-title">{localText(exercise.title, i18n.language)}</h1>
          <p>{localText(exercise.objective, i18n.language)}</p>
        </div>
        <ElapsedClock elapsedMs={elapsedMs} />
      </header>
      <main className="player-stage" data-state-digest={digest} data-gestures={gestureCount}>
        <Stage
          className="player-canvas"
          frameloop="demand"
          dpr={STAGE_DPR}
          camera={STAGE_CAMERA}
          gl={{ antialias: true, powerPreference: 'default' }}
          fallback={<p className="player-problem">{t('player.webglMissing')}</p>}
        >
          <Suspense fallback={null}>
            <View store={live} dispatch={live.dispatch} showHint={showHint} cameraView={cameraView} ui={ui} />
          </Suspense>
          <PerfProbe />
        </Stage>
        <Overlay store={live} dispatch={live.dispatch} showHint={showHint} cameraView={cameraView} ui={ui} />
        <div className="player-status">
          <p className="player-progress" data-testid="progress">
            {t(scene.progressKey, { done, count: total })}
          </p>
          <LiveReadout ui={ui} />
        </div>
        {hint ? (
          <p className="player-hint">
            <Icon name="guided" /> {t(hint.key, hint.values ?? {})}
          </p>
        ) : null}
        <FeedbackToast key={gestureCount} feedback={feedback} />
        {storageProblem ? (
          <p className="player-storage" role="alert">
            {t('player.notSaved')}
          </p>
        ) : null}
      </main>
      <footer className="player-bottom">
        <CameraViews views={scene.views} current={cameraView} onChange={setCameraView} />
        <div className="player-actions">
          <button type="button" className="player-button" onClick={() => setHelpOpen(true)}>
            <Icon name="help" /> {t('player.help')}
          </button>
          {mode === 'practice' ? (
            <button
              type="button"
              className="player-button"
              title={t('player.hintCost')}
              onClick={() => live.dispatch({ type: 'hint' })}
            >
              <Icon name="guided" /> {t('player.hint')}
            </button>
          ) : null}
          <button
            type="button"
            className="player-button player-button--primary"
            onClick={() => (done < total ? setConfirmFinish(true) : void finish())}
          >
            <Icon name="check" /> {t('player.finish')}
          </button>
        </div>
      </footer>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} itemsKey={scene.helpKey} />
      <FinishDialog
        open={confirmFinish}
        onConfirm={() => void finish()}
        onCancel={() => setConfirmFinish(false)}
      />
    </div>
  )
}
