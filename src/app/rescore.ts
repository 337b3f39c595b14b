/**
 * The report of a stored attempt, recomputed from its gesture log against the exact procedure version
 * and scene model it was made with (SCORING.md: the log is the truth, a stored summary is never trusted).
 */
import type { Attempt, Exercise, Procedure } from '../engine/schema.ts'
import { scoreAttempt } from '../engine/replay.ts'
import type { Report } from '../engine/types.ts'
import { catalogue } from './catalogue.ts'
import type { SceneEntry } from './catalogue.ts'

export type RescoreFailure = 'unknown_exercise' | 'unknown_procedure' | 'unknown_model' | 'failed'

export type Rescored =
  | { ok: true; scene: SceneEntry; exercise: Exercise; procedure: Procedure; report: Report }
  | { ok: false; reason: RescoreFailure }

export function rescore(attempt: Attempt): Rescored {
  const found = catalogue.exercise(attempt.exerciseId)
  if (!found) return { ok: false, reason: 'unknown_exercise' }
  const { scene, exercise } = found
  const procedure = catalogue.procedures.get(attempt.procedure.id, attempt.procedure.version)
  if (!procedure) return { ok: false, reason: 'unknown_procedure' }
  // Checked here too so that the page can say which version is missing instead of showing a crash.
  if (attempt.model.scene !== scene.model.scene || attempt.model.version !== scene.model.version) {
    return { ok: false, reason: 'unknown_model' }
  }
  try {
    return {
      ok: true,
      scene,
      exercise,
      procedure,
      report: scoreAttempt(scene.model, exercise, procedure, attempt),
    }
  } catch (error) {
    // A scorer exception is a bug in a scene model or procedure, never the trainee's doing: log it for the bug report.
    console.error(error)
    return { ok: false, reason: 'failed' }
  }
}

/** Reports of finished attempts in the same order, for mastery; attempts that cannot be rescored are left out. */
export function reportsOf(history: readonly Attempt[]): Report[] {
  return history.flatMap((attempt) => {
    const rescored = rescore(attempt)
    return rescored.ok ? [rescored.report] : []
  })
}
