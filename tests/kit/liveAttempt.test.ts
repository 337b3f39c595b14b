import { describe, expect, it } from 'vitest'
import { ATTEMPT_SCHEMA_VERSION } from '../../src/engine/schema.ts'
import type { Attempt } from '../../src/engine/schema.ts'
import { createLiveAttempt, createReplayStore } from '../../src/kit/liveAttempt.ts'
import { FIBRE_ID_EXERCISES, fibreIdModel } from '../../scenes/fibre-id/index.ts'

const exercise = FIBRE_ID_EXERCISES.find((e) => e.id === 'fibre-id.evaluation-12')!

const fresh = (): Attempt => ({
  schema: ATTEMPT_SCHEMA_VERSION,
  id: 'a1',
  exerciseId: exercise.id,
  exerciseVersion: exercise.version,
  procedure: exercise.procedure,
  model: { scene: fibreIdModel.scene, version: fibreIdModel.version },
  seed: 7,
  mode: exercise.mode,
  startedAt: '2026-01-01T00:00:00.000Z',
  gestures: [],
})

/** A clock the test moves by hand. */
const clock = () => {
  let nowMs = 1000
  return { now: () => nowMs, advance: (ms: number) => (nowMs += ms) }
}

describe('a live attempt', () => {
  it('stamps each gesture with the next seq and the attempt time', () => {
    const time = clock()
    const live = createLiveAttempt(fibreIdModel, exercise, fresh(), time.now)
    time.advance(2500)
    live.dispatch({ type: 'take', target: 'f1.1' })
    time.advance(1200)
    live.dispatch({ type: 'place', target: 's1', p: { offsetMm: 1 } })
    expect(live.getState().attempt.gestures.map((g) => [g.seq, g.tMs, g.type])).toEqual([
      [0, 2500, 'take'],
      [1, 3700, 'place'],
    ])
    expect(live.getState().state.slots[0]).toBe('f1.1')
  })

  it('resumes where its log stops: same state, and time spent away does not count', () => {
    const time = clock()
    const first = createLiveAttempt(fibreIdModel, exercise, fresh(), time.now)
    time.advance(4000)
    first.dispatch({ type: 'take', target: 'f1.1' })
    const saved = first.getState().attempt

    time.advance(3_600_000)
    const resumed = createLiveAttempt(fibreIdModel, exercise, saved, time.now)
    expect(resumed.getState().state).toEqual(first.getState().state)
    time.advance(1000)
    resumed.dispatch({ type: 'place', target: 's1', p: { offsetMm: 0 } })
    const last = resumed.getState().attempt.gestures.at(-1)
    expect(last).toMatchObject({ seq: 1, tMs: 5000, type: 'place' })
  })

  it('takes nothing more once finished, so a second "finish" cannot reopen the saved attempt', () => {
    const live = createLiveAttempt(fibreIdModel, exercise, fresh(), clock().now)
    expect(live.dispatch({ type: 'finish' })).toEqual([{ kind: 'finished', seq: 0, tMs: 0 }])
    expect(live.getState().interactive).toBe(false)
    expect(live.dispatch({ type: 'finish' })).toEqual([])
    expect(live.getState().attempt.gestures).toHaveLength(1)

    const reopened = createLiveAttempt(fibreIdModel, exercise, live.getState().attempt, clock().now)
    expect(reopened.getState().interactive).toBe(false)
  })
})

describe('a replay', () => {
  it('shows the workplace after any number of gestures, and the end equals the attempt', () => {
    const live = createLiveAttempt(fibreIdModel, exercise, fresh(), clock().now)
    live.dispatch({ type: 'take', target: 'f1.2' })
    live.dispatch({ type: 'place', target: 's3', p: { offsetMm: 0 } })
    const replay = createReplayStore(fibreIdModel, exercise, live.getState().attempt)
    expect(replay.getState().state).toEqual(live.getState().state)
    replay.seek(1)
    expect(replay.getState().state.held).toBe('f1.2')
    expect(replay.getState().last).toEqual([])
    replay.seek(2)
    expect(replay.getState().last).toMatchObject([{ kind: 'error', error: 'FI-E02', ref: 'f1.2' }])
    replay.seek(0)
    expect(replay.getState().state).toEqual(fibreIdModel.init(exercise, 7))
  })
})
