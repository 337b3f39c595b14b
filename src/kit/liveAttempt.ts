/**
 * One vanilla zustand store per running attempt. `dispatch(gesture)` is the only way to change it:
 * it stamps the gesture (seq, time), runs the scene model, and appends to the log. Everything else
 * (state, outcomes) is derived from the log, so a resumed or replayed attempt is the same attempt.
 */
import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import { replay } from '../engine/replay.ts'
import type { Attempt, Exercise, Gesture } from '../engine/schema.ts'
import type { Outcome, SceneModel } from '../engine/types.ts'

/** What a scene View sends: the gesture without its place in the log. */
export type GestureInput = Omit<Gesture, 'seq' | 'tMs'>

export type AttemptState<S> = {
  exercise: Exercise
  attempt: Attempt
  state: S
  outcomes: Outcome[]
  /** Outcomes of the latest gesture, for immediate feedback. */
  last: Outcome[]
  /** False in replay and once the attempt is finished: the View shows the state and sends nothing. */
  interactive: boolean
}

export type LiveAttempt<S> = StoreApi<AttemptState<S>> & {
  dispatch(input: GestureInput): Outcome[]
  /** Milliseconds of attempt time now: the log's last time plus what has passed since it was opened. */
  elapsedMs(): number
}

type Clock = () => number

/** The log holds the trainee's "finish": the attempt is over, whatever storage has recorded yet. */
export function isFinished(outcomes: readonly Outcome[]): boolean {
  return outcomes.some((outcome) => outcome.kind === 'finished')
}

/**
 * Builds the store for `attempt`, re-applying its log (a fresh attempt has none; a resumed one
 * continues exactly where its log stops). Time spent with the tab closed does not count.
 */
export function createLiveAttempt<S>(
  model: SceneModel<S>,
  exercise: Exercise,
  attempt: Attempt,
  now: Clock = () => performance.now(),
): LiveAttempt<S> {
  const { state, outcomes } = replay(model, exercise, attempt.seed, attempt.gestures)
  const lastGesture = attempt.gestures[attempt.gestures.length - 1]
  const baseMs = lastGesture?.tMs ?? 0
  const openedAt = now()
  const store = createStore<AttemptState<S>>(() => ({
    exercise,
    attempt,
    state,
    outcomes,
    last: [],
    interactive: !attempt.finishedAt && !isFinished(outcomes),
  }))
  const elapsedMs = () => baseMs + Math.max(0, now() - openedAt)
  const dispatch = (input: GestureInput): Outcome[] => {
    const current = store.getState()
    if (!current.interactive) return []
    const previous = current.attempt.gestures[current.attempt.gestures.length - 1]
    // Rounded to the millisecond, and never earlier than the gesture before it.
    const tMs = Math.max(previous?.tMs ?? 0, Math.round(elapsedMs()))
    const gesture: Gesture = { ...input, seq: current.attempt.gestures.length, tMs }
    const result = model.apply(current.state, gesture)
    store.setState({
      attempt: { ...current.attempt, gestures: [...current.attempt.gestures, gesture] },
      state: result.state,
      outcomes: [...current.outcomes, ...result.outcomes],
      last: result.outcomes,
      // Nothing more enters a finished log: a second "finish" tap must not reopen the saved attempt.
      interactive: !isFinished(result.outcomes),
    })
    return result.outcomes
  }
  return Object.assign(store, { dispatch, elapsedMs })
}

export type ReplayStore<S> = StoreApi<AttemptState<S>> & {
  /** Shows the attempt as it was after its first `upTo` gestures (0: the starting workplace). */
  seek(upTo: number): void
}

/** A read-only store for watching an attempt again; it re-applies the log up to the chosen gesture. */
export function createReplayStore<S>(
  model: SceneModel<S>,
  exercise: Exercise,
  attempt: Attempt,
): ReplayStore<S> {
  const at = (upTo: number) => {
    const { state, outcomes } = replay(model, exercise, attempt.seed, attempt.gestures, upTo)
    return { state, outcomes, last: outcomes.filter((o) => o.seq === upTo - 1) }
  }
  const store = createStore<AttemptState<S>>(() => ({
    exercise,
    attempt,
    interactive: false,
    ...at(attempt.gestures.length),
  }))
  return Object.assign(store, { seek: (upTo: number) => store.setState(at(upTo)) })
}
