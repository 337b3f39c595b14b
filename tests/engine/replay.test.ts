import { describe, expect, it } from 'vitest'
import { NON_ACTION_GESTURES, replay, scoreAttempt } from '../../src/engine/replay.ts'
import { ATTEMPT_SCHEMA_VERSION } from '../../src/engine/schema.ts'
import type { Attempt, Gesture } from '../../src/engine/schema.ts'
import { SPLICE, toyExercise, toyModel } from './fixtures.ts'

const exercise = toyExercise(SPLICE)

const log: Gesture[] = [
  { seq: 0, tMs: 0, type: 'do', target: 'sleeve' },
  { seq: 1, tMs: 5_000, type: 'do', target: 'clean' },
  { seq: 2, tMs: 20_000, type: 'hint' },
  { seq: 3, tMs: 30_000, type: 'do', target: 'strip', p: { lengthMm: 42 } },
  { seq: 4, tMs: 50_000, type: 'do', target: 'cleave', p: { angleDeg: 0, lengthMm: 16 } },
  { seq: 5, tMs: 55_000, type: 'do', target: 'clean' },
  { seq: 6, tMs: 120_000, type: 'finish' },
]

const attemptOf = (gestures: Gesture[], overrides: Partial<Attempt> = {}): Attempt => ({
  schema: ATTEMPT_SCHEMA_VERSION,
  id: 'attempt-1',
  exerciseId: exercise.id,
  exerciseVersion: exercise.version,
  procedure: { id: SPLICE.id, version: SPLICE.version },
  model: { scene: toyModel.scene, version: toyModel.version },
  seed: 11,
  mode: 'practice',
  startedAt: '2025-01-01T00:00:00.000Z',
  gestures,
  ...overrides,
})

describe('replay', () => {
  it('gives the initial state for upTo = 0', () => {
    expect(replay(toyModel, exercise, 11, log, 0)).toEqual({
      state: toyModel.init(exercise, 11),
      outcomes: [],
    })
  })

  it('stops after upTo gestures', () => {
    const { state, outcomes } = replay(toyModel, exercise, 11, log, 2)
    expect(state.done).toEqual(['sleeve', 'clean'])
    expect(state.draws).toHaveLength(2)
    expect(outcomes.map((o) => o.seq)).toEqual([0, 1])
  })

  it('applies gestures in seq order whatever order they arrive in', () => {
    const shuffledLog = [log[4]!, log[0]!, log[6]!, log[2]!, log[1]!, log[5]!, log[3]!]
    expect(replay(toyModel, exercise, 11, shuffledLog, 3)).toEqual(replay(toyModel, exercise, 11, log, 3))
    expect(replay(toyModel, exercise, 11, shuffledLog)).toEqual(replay(toyModel, exercise, 11, log))
  })

  it('replays the whole log without upTo, or with an upTo past its end', () => {
    const whole = replay(toyModel, exercise, 11, log)
    expect(whole.state.draws).toHaveLength(log.length)
    expect(replay(toyModel, exercise, 11, log, 99)).toEqual(whole)
  })

  it('depends on the seed through the model state', () => {
    expect(replay(toyModel, exercise, 1, log).state.draws).not.toEqual(
      replay(toyModel, exercise, 2, log).state.draws,
    )
  })

  it('refuses a negative or fractional upTo', () => {
    expect(() => replay(toyModel, exercise, 11, log, -1)).toThrow(RangeError)
    expect(() => replay(toyModel, exercise, 11, log, 1.5)).toThrow(RangeError)
  })
})

describe('scoreAttempt', () => {
  it('takes the duration from the last gesture and counts only action gestures', () => {
    const report = scoreAttempt(toyModel, exercise, SPLICE, attemptOf(log))
    expect(report.durationS).toBe(120)
    expect(report.actionCount).toBe(5)
    expect(report.hintsUsed).toBe(1)
    // Q = (0.8 + 1 + 2) / 4; Tm = (180 − 120) / 120; Ec = 4 / 5; one hint at 0.02.
    expect(report.components).toEqual({
      completion: 1,
      order: 1,
      parameters: expect.closeTo(0.95, 10),
      errors: 1,
      time: expect.closeTo(0.5, 10),
      economy: expect.closeTo(0.8, 10),
    })
    expect(report.score).toBeCloseTo(1 - 0.25 * 0.05 - 0.05 * 0.5 - 0.05 * 0.2 - 0.02, 10)
  })

  it('scores an empty log with zero duration and zero actions', () => {
    const report = scoreAttempt(toyModel, exercise, SPLICE, attemptOf([]))
    expect(report.durationS).toBe(0)
    expect(report.actionCount).toBe(0)
    expect(report.components.completion).toBe(0)
    expect(report.success).toBe(false)
  })

  it('excludes hint and finish gestures from the action count', () => {
    expect([...NON_ACTION_GESTURES].sort()).toEqual(['finish', 'hint'])
  })

  it('refuses an attempt made with another procedure version, model version or exercise', () => {
    const score = (overrides: Partial<Attempt>) => () =>
      scoreAttempt(toyModel, exercise, SPLICE, attemptOf(log, overrides))
    expect(score({ procedure: { id: 'splice', version: '2' } })).toThrow(/procedure splice@2, not splice@1/)
    expect(score({ model: { scene: 'toy', version: '0.9' } })).toThrow(/scene model toy@0.9, not toy@1/)
    expect(score({ exerciseId: 'other' })).toThrow(/exercise other@[^,]*, not splice-exercise@/)
  })
})
