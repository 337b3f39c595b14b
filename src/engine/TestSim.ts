/**
 * Headless fluent driver for scene-model tests, in the spirit of tldraw's TestEditor: a test reads as the
 * trainee's work, `sim.gesture('strip', 'L', { atMm: 35 }).wait(4).expectOutcome({ kind: 'step' })`.
 * Scene drivers subclass it and add their own verbs on top of `gesture`. Framework-free: a failed expectation
 * throws a plain Error whose message shows what really happened, so any test runner reports it.
 */
import { ATTEMPT_SCHEMA_VERSION } from './schema.ts'
import type { Attempt, Exercise, Gesture, Mode, Procedure } from './schema.ts'
import { scoreAttempt } from './replay.ts'
import type { Outcome, Report, SceneModel } from './types.ts'

export type TestSimOptions = { seed: number; mode?: Mode }

export type OutcomeMatch = Partial<Outcome> | ((outcome: Outcome) => boolean)

/** Fixed, so two runs of one test build identical attempts. */
const TEST_STARTED_AT = '2000-01-01T00:00:00.000Z'

/** `expected` is a subset of `actual`: every key it names matches, recursively; other keys are free. */
function matches(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected)
  if (actual === null || typeof actual !== 'object') return false
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => matches(actual[i], e))
    )
  }
  return Object.entries(expected).every(([key, value]) =>
    matches((actual as Record<string, unknown>)[key], value),
  )
}

export class TestSim<S> {
  protected readonly model: SceneModel<S>
  protected readonly exercise: Exercise
  protected readonly procedure: Procedure
  protected readonly seed: number
  protected readonly mode: Mode
  /** Clock for the next gesture, in milliseconds since the attempt started. */
  protected clockMs = 0
  private current: S
  private readonly log: Gesture[] = []
  private readonly history: Outcome[] = []
  private latest: Outcome[] = []

  constructor(model: SceneModel<S>, exercise: Exercise, procedure: Procedure, options: TestSimOptions) {
    this.model = model
    this.exercise = exercise
    this.procedure = procedure
    this.seed = options.seed
    this.mode = options.mode ?? exercise.mode
    this.current = model.init(exercise, options.seed)
  }

  /** Appends a gesture with the next `seq` and the current clock, and applies it at once. */
  gesture(type: string, target?: string, p?: Gesture['p'], tool?: string): this {
    const gesture: Gesture = {
      seq: this.log.length,
      tMs: this.clockMs,
      type,
      ...(target === undefined ? {} : { target }),
      ...(tool === undefined ? {} : { tool }),
      ...(p === undefined ? {} : { p }),
    }
    const { state, outcomes } = this.model.apply(this.current, gesture)
    this.log.push(gesture)
    this.current = state
    this.latest = outcomes
    this.history.push(...outcomes)
    return this
  }

  wait(seconds: number): this {
    if (!Number.isFinite(seconds) || seconds < 0)
      throw new RangeError(`wait(${seconds}): seconds must be ≥ 0`)
    this.clockMs += seconds * 1000
    return this
  }

  hint(): this {
    return this.gesture('hint')
  }

  finish(): this {
    return this.gesture('finish')
  }

  /** At least one outcome of the last gesture matches: a partial outcome (subset of keys) or a predicate. */
  expectOutcome(match: OutcomeMatch): this {
    const gesture = this.lastGesture()
    const found = this.latest.some((outcome) =>
      typeof match === 'function' ? match(outcome) : matches(outcome, match),
    )
    if (!found) {
      const wanted =
        typeof match === 'function' ? `the predicate ${match.name || '(anonymous)'}` : JSON.stringify(match)
      this.fail(
        `${this.describeGesture(gesture)}: no outcome matches ${wanted}; ${this.describeOutcomes(this.latest)}`,
      )
    }
    return this
  }

  /** No catalogue error raised so far in the attempt. */
  expectNoErrors(): this {
    const errors = this.history.filter((outcome) => outcome.kind === 'error')
    if (errors.length > 0) this.fail(`expected no errors; ${this.describeOutcomes(errors)}`)
    return this
  }

  expectState(predicate: (state: S) => boolean, message?: string): this {
    if (!predicate(this.current)) {
      const what = message ?? `the predicate ${predicate.name || '(anonymous)'}`
      this.fail(`state after ${this.log.length} gesture(s) does not satisfy ${what}`)
    }
    return this
  }

  get state(): S {
    return this.current
  }

  get outcomes(): readonly Outcome[] {
    return this.history
  }

  /** Outcomes of the last gesture only. */
  get lastOutcomes(): readonly Outcome[] {
    return this.latest
  }

  get gestures(): readonly Gesture[] {
    return this.log
  }

  get attempt(): Attempt {
    return {
      schema: ATTEMPT_SCHEMA_VERSION,
      id: `test-${this.exercise.id}-${this.seed}`,
      exerciseId: this.exercise.id,
      exerciseVersion: this.exercise.version,
      procedure: { id: this.procedure.id, version: this.procedure.version },
      model: { scene: this.model.scene, version: this.model.version },
      seed: this.seed,
      mode: this.mode,
      startedAt: TEST_STARTED_AT,
      gestures: this.log.slice(),
    }
  }

  /** Scores by replaying the whole log, so a model whose incremental and replayed runs differ shows up here. */
  report(): Report {
    return scoreAttempt(this.model, this.exercise, this.procedure, this.attempt)
  }

  protected fail(message: string): never {
    throw new Error(message)
  }

  protected lastGesture(): Gesture {
    const gesture = this.log.at(-1)
    if (!gesture) this.fail('no gesture yet: make one before expecting its outcomes')
    return gesture
  }

  protected describeGesture(gesture: Gesture): string {
    const target = gesture.target === undefined ? '' : ` ${gesture.target}`
    return `gesture #${gesture.seq} (${gesture.type}${target} at ${gesture.tMs} ms)`
  }

  protected describeOutcomes(outcomes: readonly Outcome[]): string {
    if (outcomes.length === 0) return 'got no outcome'
    return `got:\n${outcomes.map((outcome) => `  ${JSON.stringify(outcome)}`).join('\n')}`
  }
}
