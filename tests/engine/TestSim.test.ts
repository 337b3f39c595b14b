import { describe, expect, it } from 'vitest'
import { TestSim } from '../../src/engine/TestSim.ts'
import { replay, scoreAttempt } from '../../src/engine/replay.ts'
import { parseAttempt } from '../../src/engine/validate.ts'
import { SPLICE, toyExercise, toyModel } from './fixtures.ts'
import type { ToyState } from './fixtures.ts'

/** A scene driver adds its own verbs on top of `gesture`, as scene tests will. */
class SpliceSim extends TestSim<ToyState> {
  constructor(seed = 7) {
    super(toyModel, toyExercise(SPLICE), SPLICE, { seed })
  }

  perform(step: string, measured?: Record<string, number>): this {
    return this.gesture('do', step, measured)
  }

  mistake(error: string, ref?: string): this {
    return this.gesture('err', error, ref ? { ref } : undefined)
  }

  expectDone(step: string): this {
    return this.expectState((state) => state.done.includes(step), `'${step}' done`)
  }
}

const perfectRun = () =>
  new SpliceSim()
    .perform('sleeve')
    .wait(10)
    .perform('clean')
    .wait(10)
    .perform('strip', { lengthMm: 35 })
    .wait(10)
    .perform('cleave', { angleDeg: 0, lengthMm: 16 })
    .finish()

describe('TestSim', () => {
  it('reads as a specification and builds a passing report', () => {
    const report = perfectRun()
      .expectOutcome({ kind: 'finished' })
      .expectNoErrors()
      .expectDone('cleave')
      .report()
    expect(report.success).toBe(true)
    expect(report.score).toBeCloseTo(1, 10)
    expect(report.durationS).toBe(30)
    expect(report.actionCount).toBe(4)
  })

  it('numbers gestures in order and stamps them with the clock', () => {
    const sim = new SpliceSim().perform('sleeve').wait(1.5).hint().wait(2).perform('strip', { lengthMm: 30 })
    expect(sim.gestures).toEqual([
      { seq: 0, tMs: 0, type: 'do', target: 'sleeve' },
      { seq: 1, tMs: 1500, type: 'hint' },
      { seq: 2, tMs: 3500, type: 'do', target: 'strip', p: { lengthMm: 30 } },
    ])
    expect(sim.outcomes.map((o) => o.kind)).toEqual(['step', 'hint', 'step'])
    expect(sim.lastOutcomes).toEqual([
      { kind: 'step', step: 'strip', seq: 2, tMs: 3500, measured: { lengthMm: 30 } },
    ])
  })

  it('matches outcomes by subset, nested objects included, or by predicate', () => {
    const sim = new SpliceSim().perform('strip', { lengthMm: 40 })
    sim.expectOutcome({ kind: 'step', step: 'strip' })
    sim.expectOutcome({ measured: { lengthMm: 40 } })
    sim.expectOutcome((o) => o.kind === 'step' && (o.measured?.lengthMm ?? 0) > 38)
  })

  it('explains a failed expectation with the outcomes it got', () => {
    const sim = new SpliceSim().perform('sleeve')
    expect(() => sim.expectOutcome({ kind: 'error', error: 'dirty' })).toThrow(
      /gesture #0 \(do sleeve at 0 ms\): no outcome matches {"kind":"error","error":"dirty"}; got:\n {2}{"kind":"step","step":"sleeve"/,
    )
    expect(() => sim.expectOutcome({ measured: { lengthMm: 1 } })).toThrow(/no outcome matches/)
    expect(() =>
      sim.expectOutcome(function isHint(o) {
        return o.kind === 'hint'
      }),
    ).toThrow(/the predicate isHint/)
    expect(() => new SpliceSim().expectOutcome({ kind: 'step' })).toThrow(/no gesture yet/)
  })

  it('only looks at the outcomes of the last gesture', () => {
    const sim = new SpliceSim().perform('sleeve').perform('clean')
    expect(() => sim.expectOutcome({ step: 'sleeve' })).toThrow(/"step":"clean"/)
  })

  it('fails expectNoErrors and expectState with readable messages', () => {
    const sim = new SpliceSim().perform('sleeve').mistake('dirty', 'L')
    expect(() => sim.expectNoErrors()).toThrow(/expected no errors; got:\n.*"error":"dirty".*"ref":"L"/)
    expect(() => sim.expectDone('strip')).toThrow(/state after 2 gesture\(s\) does not satisfy 'strip' done/)
  })

  it('builds an attempt that validates and re-scores to the same report', () => {
    const sim = perfectRun().mistake('bad-cleave')
    const parsed = parseAttempt(JSON.parse(JSON.stringify(sim.attempt)))
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
    expect(parsed.value).toEqual(sim.attempt)
    expect(scoreAttempt(toyModel, toyExercise(SPLICE), SPLICE, parsed.value)).toEqual(sim.report())
    expect(sim.attempt).toMatchObject({
      seed: 7,
      mode: 'practice',
      procedure: { id: 'splice', version: '1' },
    })
  })

  it('takes the mode from the options over the exercise', () => {
    const sim = new TestSim(toyModel, toyExercise(SPLICE), SPLICE, { seed: 1, mode: 'guided' }).hint()
    expect(sim.attempt.mode).toBe('guided')
    expect(sim.report().graded).toBe(false)
  })

  it('keeps the same state as a replay of its log, seeded by its seed', () => {
    const sim = perfectRun()
    expect(sim.state).toEqual(replay(toyModel, toyExercise(SPLICE), 7, sim.gestures).state)
    expect(new SpliceSim().perform('sleeve').state).not.toEqual(new SpliceSim(8).perform('sleeve').state)
  })

  it('refuses to go back in time', () => {
    expect(() => new SpliceSim().wait(-1)).toThrow(RangeError)
  })
})
