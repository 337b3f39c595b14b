/**
 * Opens an attempt for playing: reads it from storage, finds its exercise, procedure and scene at the
 * versions it was made with, loads the scene's 3D chunk, and re-applies the log so a reloaded tab
 * resumes exactly where it was. Every gesture is saved as soon as it enters the log.
 */
import { useEffect, useState } from 'react'
import type { Exercise, Procedure } from '../../engine/schema.ts'
import { createLiveAttempt } from '../../kit/liveAttempt.ts'
import type { LiveAttempt } from '../../kit/liveAttempt.ts'
import type { SceneViewModule } from '../../kit/sceneView.ts'
import { openExercise, procedures } from '../catalogue.ts'
import type { SceneEntry, SceneRuntime } from '../catalogue.ts'
import { useServices } from '../services.tsx'

export type PlayerSession = {
  live: LiveAttempt<never>
  scene: SceneEntry
  runtime: SceneRuntime
  exercise: Exercise
  procedure: Procedure
  module: SceneViewModule
}

export type SessionProblem = 'not-found' | 'finished' | 'unknown-exercise' | 'old-version' | 'load-failed'

export type SessionStatus =
  | { kind: 'loading' }
  | { kind: 'ready'; session: PlayerSession }
  | { kind: 'problem'; problem: SessionProblem }

export function usePlayerSession(attemptId: string): SessionStatus {
  const { attempts } = useServices()
  const [status, setStatus] = useState<SessionStatus>({ kind: 'loading' })

  useEffect(() => {
    let cancelled = false
    let unsubscribe = () => {}
    const settle = (next: SessionStatus) => {
      if (!cancelled) setStatus(next)
    }
    const open = async () => {
      const attempt = await attempts.get(attemptId)
      if (!attempt) return settle({ kind: 'problem', problem: 'not-found' })
      if (attempt.finishedAt) return settle({ kind: 'problem', problem: 'finished' })
      const opened = await openExercise(attempt.exerciseId)
      if (!opened.ok) return settle({ kind: 'problem', problem: 'unknown-exercise' })
      const { scene, runtime, exercise } = opened
      const procedure = procedures.get(attempt.procedure.id, attempt.procedure.version)
      if (
        !procedure ||
        runtime.model.version !== attempt.model.version ||
        exercise.version !== attempt.exerciseVersion
      ) {
        return settle({ kind: 'problem', problem: 'old-version' })
      }
      const module = await scene.loadView()
      if (cancelled) return
      const live = createLiveAttempt(runtime.model, exercise, attempt) as LiveAttempt<never>
      // Finished in the log but not in storage (the tab closed between the two saves): close it now.
      if (!live.getState().interactive) {
        await attempts.saveAttempt({ ...attempt, finishedAt: new Date().toISOString() })
        return settle({ kind: 'problem', problem: 'finished' })
      }
      unsubscribe = live.subscribe((next, previous) => {
        if (next.attempt !== previous.attempt) void attempts.saveAttempt(next.attempt)
      })
      settle({
        kind: 'ready',
        session: { live, scene, runtime, exercise, procedure, module },
      })
    }
    open().catch((error: unknown) => {
      console.warn('Could not open the attempt', error)
      settle({ kind: 'problem', problem: 'load-failed' })
    })
    return () => {
      cancelled = true
      unsubscribe()
    }
  }, [attempts, attemptId])

  return status
}
