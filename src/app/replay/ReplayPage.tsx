/**
 * Watch an attempt again: the workplace re-built from the gesture log up to any gesture, with the
 * findings on the timeline. Nothing is stored about the replay; it is the log re-applied.
 */
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearch } from 'wouter'
import { useStore } from 'zustand'
import type { Attempt } from '../../engine/schema.ts'
import { localText } from '../../i18n/index.ts'
import { PerfProbe } from '../../kit/PerfProbe.tsx'
import { Stage } from '../../kit/Stage.tsx'
import { createReplayStore } from '../../kit/liveAttempt.ts'
import type { ReplayStore } from '../../kit/liveAttempt.ts'
import { createSceneUi } from '../../kit/sceneUi.ts'
import type { SceneViewModule } from '../../kit/sceneView.ts'
import { stateDigest } from '../../kit/stateDigest.ts'
import { rescore } from '../rescore.ts'
import type { Rescored } from '../rescore.ts'
import { CameraViews } from '../player/CameraViews.tsx'
import { feedbackFor } from '../player/feedback.ts'
import { STAGE_CAMERA, STAGE_DPR } from '../player/stageSettings.ts'
import { routes } from '../routes.ts'
import { useServices } from '../services.tsx'
import { Timeline } from './Timeline.tsx'
import '../player/player.css'
import './replay.css'
import { Icon } from '../Icon.tsx'

type Loaded = {
  attempt: Attempt
  rescored: Extract<Rescored, { ok: true }>
  module: SceneViewModule
  store: ReplayStore<never>
}

export default function ReplayPage({ attemptId }: { attemptId: string }) {
  const { t } = useTranslation()
  const { attempts } = useServices()
  const search = useSearch()
  const [loaded, setLoaded] = useState<Loaded | 'missing' | 'unreadable' | null>(null)
  const [position, setPosition] = useState(0)
  const [view, setView] = useState('overview')
  const ui = useMemo(() => createSceneUi(), [])

  useEffect(() => {
    let cancelled = false
    const open = async () => {
      const attempt = await attempts.get(attemptId)
      if (!attempt) return setLoaded('missing')
      const rescored = await rescore(attempt)
      if (!rescored.ok) return setLoaded('unreadable')
      const module = await rescored.scene.loadView()
      const store = createReplayStore(
        rescored.runtime.model,
        rescored.exercise,
        attempt,
      ) as ReplayStore<never>
      if (cancelled) return
      const asked = Number(new URLSearchParams(search).get('geste'))
      // A finding's link names the gesture where it happened: show the workplace just after it.
      const start =
        Number.isInteger(asked) && asked >= 0 && new URLSearchParams(search).has('geste')
          ? asked + 1
          : attempt.gestures.length
      const at = Math.min(start, attempt.gestures.length)
      store.seek(at)
      setPosition(at)
      setView(rescored.scene.views[0]?.id ?? 'overview')
      setLoaded({ attempt, rescored, module, store })
    }
    open().catch((error: unknown) => {
      console.warn('Could not open the replay', error)
      if (!cancelled) setLoaded('unreadable')
    })
    return () => {
      cancelled = true
    }
  }, [attempts, attemptId, search])

  const seek = useCallback(
    (next: number) => {
      if (loaded && typeof loaded === 'object') loaded.store.seek(next)
      setPosition(next)
    },
    [loaded],
  )

  if (loaded === null) {
    return (
      <p className="player-loading" role="status">
        {t('player.loading')}
      </p>
    )
  }
  if (typeof loaded === 'string') {
    return (
      <main className="player-problem-page">
        <h1>{t(loaded === 'missing' ? 'player.problems.not-found' : 'player.problems.old-version')}</h1>
        <Link href={routes.home} className="player-button player-button--primary">
          {t('player.backHome')}
        </Link>
      </main>
    )
  }
  return (
    <ReplayScreen loaded={loaded} position={position} onSeek={seek} view={view} onView={setView} ui={ui} />
  )
}

function ReplayScreen({
  loaded,
  position,
  onSeek,
  view,
  onView,
  ui,
}: {
  loaded: Loaded
  position: number
  onSeek: (position: number) => void
  view: string
  onView: (view: string) => void
  ui: ReturnType<typeof createSceneUi>
}) {
  const { t, i18n } = useTranslation()
  const { attempt, rescored, module, store } = loaded
  const View = module.default
  const state = useStore(store, (s) => s.state)
  const last = useStore(store, (s) => s.last)
  const digest = useMemo(() => stateDigest(state), [state])
  // The replay explains every mistake, whatever the mode the attempt was made in.
  const said = useMemo(
    () => feedbackFor(last, 'practice', rescored.procedure, t, i18n.language),
    [last, rescored, t, i18n.language],
  )
  return (
    <div className="player replay">
      <header className="player-top">
        <Link href={routes.results(attempt.id)} className="player-button player-quit">
          <Icon name="back" /> {t('replay.back')}
        </Link>
        <div className="player-objective">
          <h1 className="player-title">{t('replay.title')}</h1>
          <p>{localText(rescored.exercise.title, i18n.language)}</p>
        </div>
      </header>
      <main className="player-stage" data-state-digest={digest} data-position={position}>
        <Stage
          className="player-canvas"
          frameloop="demand"
          dpr={STAGE_DPR}
          camera={STAGE_CAMERA}
          fallback={<p className="player-problem">{t('player.webglMissing')}</p>}
        >
          <Suspense fallback={null}>
            <View store={store} dispatch={null} showHint={false} cameraView={view} ui={ui} />
          </Suspense>
          <PerfProbe />
        </Stage>
        <div className="player-toast-area" role="status">
          {said ? <p className={`player-toast player-toast--${said.tone}`}>{said.text}</p> : null}
        </div>
      </main>
      <footer className="player-bottom replay-bottom">
        <CameraViews views={rescored.scene.views} current={view} onChange={onView} />
        <Timeline
          gestures={attempt.gestures}
          findings={rescored.report.findings}
          procedure={rescored.procedure}
          position={position}
          onSeek={onSeek}
        />
      </footer>
    </div>
  )
}
