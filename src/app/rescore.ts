/**
 * The report of a stored attempt, recomputed from its gesture log against the exact procedure version
 * and scene model it was made with (SCORING.md: the log is the truth, a stored summary is never trusted).
 */
import type { Attempt, Exercise, Procedure } from '../engine/schema.ts'
import { replay, scoreAttempt } from '../engine/replay.ts'
import type { Report, ResultPanel } from '../engine/types.ts'
import { openExercise, procedures } from './catalogue.ts'
import type { SceneEntry, SceneRuntime } from './catalogue.ts'

export type RescoreFailure = 'unknown_exercise' | 'unknown_procedure' | 'unknown_model' | 'failed'

export type Rescored =
  | {
      ok: true
      scene: SceneEntry
      runtime: SceneRuntime
      exercise: Exercise
      procedure: Procedure
      report: Report
      /** The scene's own account (a line budget), when it has one. */
      panel?: ResultPanel
    }
  | { ok: false; reason: RescoreFailure }

export async function rescore(attempt: Attempt): Promise<Rescored> {
  const opened = await openExercise(attempt.exerciseId)
  if (!opened.ok) return { ok: false, reason: 'unknown_exercise' }
  const { scene, runtime, exercise } = opened
  // Replaying against a changed setup (another task, code or seed) would show another workplace.
  if (exercise.version !== attempt.exerciseVersion) return { ok: false, reason: 'unknown_exercise' }
  // The attempt's own version, which may be older than the exercise's current one.
  const procedure = procedures.get(attempt.procedure.id, attempt.procedure.version)
  if (!procedure) return { ok: false, reason: 'unknown_procedure' }
  // Checked here too so that the page can say which version is missing instead of showing a crash.
  if (attempt.model.scene !== runtime.model.scene || attempt.model.version !== runtime.model.version) {
    return { ok: false, reason: 'unknown_model' }
  }
  try {
    const report = scoreAttempt(runtime.model, exercise, procedure, attempt)
    const final = runtime.resultPanel
      ? replay(runtime.model, exercise, attempt.seed, attempt.gestures).state
      : null
    const panel = runtime.resultPanel && final ? runtime.resultPanel(final as never) : undefined
    return { ok: true, scene, runtime, exercise, procedure, report, ...(panel ? { panel } : {}) }
  } catch (error) {
    // A scorer exception is a bug in a scene model or procedure, never the trainee's doing: log it for the bug report.
    console.error(error)
    return { ok: false, reason: 'failed' }
  }
}

/** Reports of finished attempts in the same order, for mastery; attempts that cannot be rescored are left out. */
export async function reportsOf(history: readonly Attempt[]): Promise<Report[]> {
  const rescored = await Promise.all(history.map(rescore))
  return rescored.flatMap((r) => (r.ok ? [r.report] : []))
}
