import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { STEP, estimateSpliceLoss, mismatchLossDb } from '../../../scenes/splicing/index.ts'
import type { Side } from '../../../scenes/splicing/index.ts'
import { splicingSim } from './sim.ts'
import type { SplicingSim } from './sim.ts'

const EVALUATION = 'splicing.evaluation'

/** A run that scores 1 on every component, with nothing to say about it. */
function expectFlawless(sim: SplicingSim) {
  sim.expectNoErrors()
  const report = sim.report()
  expect(report.findings).toEqual([])
  expect(report.components).toEqual({
    completion: 1,
    order: 1,
    parameters: 1,
    errors: 1,
    time: 1,
    economy: 1,
  })
  expect(report.score).toBeCloseTo(1, 12)
  expect(report.success).toBe(true)
  return report
}

describe('a perfect splice', () => {
  it.each([
    ['left first', ['L', 'R'] as const],
    ['right first', ['R', 'L'] as const],
  ])('%s: every step, a good loss, kept, protected: passes on every component', (_, [first, second]) => {
    const sim = splicingSim(EVALUATION)
      .glasses()
      .threadSleeve('L')
      .prepare(first)
      .prepare(second)
      .closeUp()
      .arc()
      .expectOutcome({ kind: 'step', step: STEP.arc })
    expect(sim.state.splice?.lossDb).toBeLessThanOrEqual(sim.setup.lossThresholdDb)
    sim.accept().openCover().protect().finish()
    const report = expectFlawless(sim)
    // The textbook run is the minimal one the procedure counts.
    expect(report.actionCount).toBe(sim.procedureData.minActions)
  })

  it('with the sleeve threaded on the right fibre instead: just as good', () => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('R').prepare('L').prepare('R')
    sim.closeUp().arc().accept().openCover().protect().finish()
    expectFlawless(sim)
  })

  it('interleaved: strip both, wipe both, cleave both, bin both, load both: still 1 on every component', () => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('L')
    sim.strip('L').strip('R').wipe('L').wipe('R').cleave('L').cleave('R')
    sim.binScrap('R').binScrap('L').load('R').load('L')
    sim.closeUp().arc().accept().openCover().protect().finish()
    expectFlawless(sim)
  })

  it('any interleaving of the two preparations keeps order, completion and errors at 1', () => {
    type Move = { side: Side; step: number }
    const perSide = (side: Side): Move[] => [0, 1, 2, 3, 4].map((step) => ({ side, step }))
    // A random merge of the two sequences: each side keeps its own order, the sides mix freely.
    const merged = fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }).map((picks) => {
      const queues = { L: perSide('L'), R: perSide('R') }
      return picks.map((pickLeft) => {
        const side: Side = (pickLeft && queues.L.length) || !queues.R.length ? 'L' : 'R'
        return queues[side].shift() as Move
      })
    })
    fc.assert(
      fc.property(merged, (moves) => {
        const sim = splicingSim(EVALUATION).glasses().threadSleeve('L')
        for (const { side, step } of moves) {
          if (step === 0) sim.strip(side)
          if (step === 1) sim.wipe(side)
          if (step === 2) sim.cleave(side)
          if (step === 3) sim.binScrap(side)
          if (step === 4) sim.load(side)
        }
        sim.closeUp().arc()
        sim.accept().openCover().protect().finish()
        const { components, success } = sim.expectNoErrors().report()
        expect(components.order).toBe(1)
        expect(components.completion).toBe(1)
        expect(components.errors).toBe(1)
        expect(success).toBe(true)
      }),
      { numRuns: 60 },
    )
  })

  it('guided: the same run is not graded, and its hints cost nothing', () => {
    const sim = splicingSim('splicing.guided').hint().perfectRun()
    const report = sim.report()
    expect(report.mode).toBe('guided')
    expect(report.graded).toBe(false)
    expect(report.hintsUsed).toBe(1)
    expect(report.findings.filter((f) => f.kind === 'hint')).toEqual([])
    expect(report.score).toBeCloseTo(1, 12)
  })

  it('practice: the same hint costs the documented hint penalty', () => {
    const sim = splicingSim('splicing.practice-40').hint().perfectRun()
    const report = sim.report()
    expect(report.graded).toBe(true)
    expect(report.score).toBeCloseTo(1 - sim.procedureData.hintPenalty, 12)
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'hint', count: 1 })])
  })

  describe('practice-40: 10 mm cleave, 40 mm sleeve, G.657 spliced to G.652', () => {
    const sim = () => splicingSim('splicing.practice-40')

    it('cleaves at 10 mm and leaves an 8 mm margin for the 40 mm sleeve', () => {
      const s = sim().spliceBoth()
      expect(s.state.ends.L.cleave?.lengthMm).toBe(10)
      expect(s.state.ends.R.cleave?.lengthMm).toBe(10)
      expect(s.state.sleeve?.lengthMm).toBe(40)
      // (sleeve − bare glass) / 2 − 2 mm held on the coating each side = (40 − 20) / 2 − 2.
      const marginMm = (40 - 2 * 10) / 2 - s.setup.sleeveOverlapMm
      expect(marginMm).toBe(8)
      s.accept().openCover().slideSleeve(8).expectOutcome({ kind: 'step', step: STEP.centre })
      expect(s.lastOutcomes.filter((o) => o.kind === 'error')).toEqual([])
      s.slideSleeve(8.1).expectOutcome({ kind: 'error', error: 'SP-E04' })
    })

    it('pays the mode-field mismatch: the loss includes a non-zero mismatch term', () => {
      const s = sim().spliceBoth()
      const { left, right } = s.setup
      const mismatch = mismatchLossDb(left.mfdUm / 2, right.mfdUm / 2)
      expect(mismatch).toBeGreaterThan(0.01)
      const { L, R } = s.state.ends
      const at = (offsetUm: number) =>
        estimateSpliceLoss({
          offsetUm,
          leftMfdUm: left.mfdUm,
          rightMfdUm: right.mfdUm,
          leftAngleDeg: L.cleave?.angleDeg ?? NaN,
          rightAngleDeg: R.cleave?.angleDeg ?? NaN,
          bubble: false,
        }).lossDb
      // Core alignment leaves 0.1–0.3 µm: the splicer's estimate lies between those two losses.
      const lossDb = s.state.splice?.lossDb ?? NaN
      expect(lossDb).toBeGreaterThanOrEqual(at(0.1))
      expect(lossDb).toBeLessThanOrEqual(at(0.3))
      expect(lossDb).toBeGreaterThanOrEqual(Math.round(mismatch * 100) / 100)
    })

    it('passes with a perfect run', () => {
      expectFlawless(sim().perfectRun(['R', 'L']))
    })
  })
})
