/**
 * The log is the source of truth: the state at any point of an attempt, and its report, are recomputed by
 * re-applying its gestures to the scene model. Nothing here keeps state of its own.
 */
import { score } from './score.ts'
import type { Attempt, Exercise, Gesture, Procedure } from './schema.ts'
import type { Outcome, Report, SceneModel } from './types.ts'

/** Gestures that are not work on the workplace, so they do not count against economy. */
export const NON_ACTION_GESTURES: ReadonlySet<string> = new Set(['hint', 'finish'])

const bySeq = (gestures: readonly Gesture[]) => gestures.slice().sort((a, b) => a.seq - b.seq)

/**
 * Applies the gestures in `seq` order (a log may arrive out of order), stopping after `upTo` of them:
 * `upTo = 0` gives the initial state, no `upTo` the state at the end of the log.
 */
export function replay<S>(
  model: SceneModel<S>,
  exercise: Exercise,
  seed: number,
  gestures: readonly Gesture[],
  upTo?: number,
): { state: S; outcomes: Outcome[] } {
  if (upTo !== undefined && (!Number.isInteger(upTo) || upTo < 0)) {
    throw new RangeError(`upTo must be an integer ≥ 0, got ${upTo}`)
  }
  const ordered = bySeq(gestures).slice(0, upTo)
  let state = model.init(exercise, seed)
  const outcomes: Outcome[] = []
  for (const gesture of ordered) {
    const result = model.apply(state, gesture)
    state = result.state
    for (const outcome of result.outcomes) outcomes.push(outcome)
  }
  return { state, outcomes }
}

/** Throws when the attempt was not made with these versions: re-scoring against another would be a silent lie. */
function checkVersions<S>(
  model: SceneModel<S>,
  exercise: Exercise,
  procedure: Procedure,
  attempt: Attempt,
): void {
  const mismatch = (what: string, expected: string, received: string) =>
    new Error(
      `Attempt ${attempt.id} was made with ${what} ${received}, not ${expected}: pick the matching version`,
    )
  const procedureLabel = `${procedure.id}@${procedure.version}`
  const attemptProcedure = `${attempt.procedure.id}@${attempt.procedure.version}`
  if (attemptProcedure !== procedureLabel) throw mismatch('procedure', procedureLabel, attemptProcedure)
  const modelLabel = `${model.scene}@${model.version}`
  const attemptModel = `${attempt.model.scene}@${attempt.model.version}`
  if (attemptModel !== modelLabel) throw mismatch('scene model', modelLabel, attemptModel)
  const exerciseLabel = `${exercise.id}@${exercise.version}`
  const attemptExercise = `${attempt.exerciseId}@${attempt.exerciseVersion}`
  if (attemptExercise !== exerciseLabel) throw mismatch('exercise', exerciseLabel, attemptExercise)
}

export function scoreAttempt<S>(
  model: SceneModel<S>,
  exercise: Exercise,
  procedure: Procedure,
  attempt: Attempt,
): Report {
  checkVersions(model, exercise, procedure, attempt)
  const { outcomes } = replay(model, exercise, attempt.seed, attempt.gestures)
  const last = bySeq(attempt.gestures).at(-1)
  return score(
    {
      outcomes,
      durationS: last ? last.tMs / 1000 : 0,
      actionCount: attempt.gestures.filter((gesture) => !NON_ACTION_GESTURES.has(gesture.type)).length,
      mode: attempt.mode,
    },
    procedure,
  )
}
