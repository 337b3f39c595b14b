import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ERR, SPLICING_EXERCISES, STEP, hintMessage, progress } from '../../../scenes/splicing/index.ts'
import type { Side } from '../../../scenes/splicing/index.ts'
import { splicingSim } from './sim.ts'
import type { SplicingSim } from './sim.ts'

const GUIDED = 'splicing.guided'
const EVALUATION = 'splicing.evaluation'

const keyOf = (sim: SplicingSim) => hintMessage(sim.state).key.replace(/^splicing\.hints\./, '')

/** Follows hints until `stop` says so (or 'done'), and returns the hint keys followed. */
function followUntil(
  sim: SplicingSim,
  stop: (sim: SplicingSim) => boolean = () => false,
  bound = 80,
): string[] {
  const keys: string[] = []
  while (keyOf(sim) !== 'done' && !stop(sim)) {
    if (keys.length >= bound) throw new Error(`no end after ${bound} hints: ${keys.slice(-8).join(', ')}`)
    keys.push(keyOf(sim))
    sim.followHint()
  }
  return keys
}

const PREPARE = ['strip', 'wipe', 'cleave', 'bin-scrap', 'load']

describe('following the hints', () => {
  it('guided: glasses, sleeve, each end, splice, keep, proof test, sleeve: the minimal run, no error', () => {
    const sim = splicingSim(GUIDED)
    const seen = [progress(sim.state).done]
    const keys: string[] = []
    while (keyOf(sim) !== 'done') {
      keys.push(keyOf(sim))
      sim.followHint()
      seen.push(progress(sim.state).done)
    }
    expect(keys).toEqual([
      'glasses',
      'sleeve',
      ...PREPARE,
      ...PREPARE,
      'close-clamps',
      'close-cover',
      'arc',
      'accept',
      'open-cover',
      'slide-sleeve',
      'heater-in',
      'heater-out',
    ])
    // Progress never goes back, and reaches every milestone.
    expect(seen).toEqual(seen.slice().sort((a, b) => a - b))
    expect(progress(sim.state)).toEqual({ done: 8, total: 8 })
    sim.finish().expectNoErrors()
    const report = sim.report()
    expect(report.graded).toBe(false)
    expect(report.actionCount).toBe(sim.procedureData.minActions)
    expect(report.components).toMatchObject({ completion: 1, order: 1, parameters: 1, errors: 1 })
    expect(report.success).toBe(true)
  })

  it('the hints carry the numbers of the exercise: strip and cleave lengths, sleeve, cool-down wait', () => {
    const sim = splicingSim(GUIDED)
    const { stripTargetMm, cleaveLengthMm, sleeveLengthMm, heatCycleS, coolS } = sim.setup
    sim.followHint()
    expect(hintMessage(sim.state)).toEqual({ key: 'splicing.hints.sleeve', values: { mm: sleeveLengthMm } })
    sim.followHint()
    expect(hintMessage(sim.state)).toEqual({
      key: 'splicing.hints.strip',
      values: { cote: 'gauche', side: 'left', mm: stripTargetMm },
    })
    sim.followHint().followHint()
    expect(hintMessage(sim.state)).toEqual({
      key: 'splicing.hints.cleave',
      values: { cote: 'gauche', side: 'left', mm: cleaveLengthMm },
    })
    followUntil(sim, (s) => keyOf(s) === 'accept')
    expect(hintMessage(sim.state)).toEqual({
      key: 'splicing.hints.accept',
      values: { db: sim.state.splice?.lossDb },
    })
    followUntil(sim, (s) => keyOf(s) === 'heater-out')
    expect(hintMessage(sim.state)).toEqual({
      key: 'splicing.hints.heater-out',
      values: { s: heatCycleS + coolS },
    })
  })

  it.each(SPLICING_EXERCISES.map((exercise) => exercise.id))(
    '%s: following the hints from the start succeeds with a perfect score',
    (exerciseId) => {
      const sim = splicingSim(exerciseId)
      followUntil(sim)
      const report = sim.finish().expectNoErrors().report()
      expect(report.success).toBe(true)
      expect(report.score).toBeCloseTo(1, 12)
    },
  )
})

describe('hints after a mistake lead back to a good splice', () => {
  const touchedThenSpliced = () =>
    splicingSim(EVALUATION)
      .glasses()
      .threadSleeve('L')
      .strip('L')
      .wipe('L')
      .cleave('L')
      .touch('L')
      .binScrap('L')
      .load('L')
      .prepare('R')
      .closeUp()
      .arc()

  it('refused as dirty: open, unload, cut back, prepare again, splice', () => {
    const sim = touchedThenSpliced()
    expect(sim.state.screen.status).toBe('dirty-fibre')
    const keys = followUntil(sim, (s) => s.state.splice !== null)
    expect(keys).toEqual([
      'open-cover',
      'unload',
      'cut-end',
      'strip',
      'wipe',
      'cleave',
      'bin-scrap',
      'bin-scrap',
      'load',
      'close-clamps',
      'close-cover',
      'arc',
    ])
    expect(sim.gestures.filter((g) => g.type === 'cut-end').map((g) => g.target)).toEqual(['L'])
    expect(sim.recoveries().map((o) => o.error)).toEqual([ERR.touched, ERR.dirtyAtSplicer])
    followUntil(sim)
    const report = sim.finish().report()
    expect(report.findings.filter((f) => f.kind === 'error').every((f) => f.recovered)).toBe(true)
    expect(report.success).toBe(true)
  })

  it('refused on the cleave angle: the same way back, and the bad cleave is recovered', () => {
    const sim = splicingSim(EVALUATION)
      .glasses()
      .threadSleeve('L')
      .prepare('L')
      .prepare('R', { cleave: { tiltDeg: 3 } })
    sim.closeUp().arc().expectOutcome({ kind: 'error', error: ERR.badCleave, ref: 'R' })
    expect(hintMessage(sim.state)).toEqual({ key: 'splicing.hints.open-cover' })
    sim.followHint()
    expect(hintMessage(sim.state)).toEqual({
      key: 'splicing.hints.unload',
      values: { cote: 'droite', side: 'right' },
    })
    sim.followHint()
    expect(hintMessage(sim.state)).toEqual({
      key: 'splicing.hints.cut-end',
      values: { cote: 'droite', side: 'right' },
    })
    sim.followHint().expectOutcome({ kind: 'recovered', error: ERR.badCleave, ref: 'R' })
    followUntil(sim)
    expect(sim.finish().report().success).toBe(true)
  })

  it('a splice over the threshold: redo, with the loss and the threshold, then prepare both ends again', () => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('L')
    sim
      .prepare('L', { cleave: { tiltDeg: 1.3 } })
      .prepare('R', { cleave: { tiltDeg: 1.3 } })
      .closeUp()
      .arc()
    const lossDb = sim.state.splice?.lossDb ?? NaN
    expect(lossDb).toBeGreaterThan(sim.setup.lossThresholdDb)
    expect(hintMessage(sim.state)).toEqual({
      key: 'splicing.hints.redo',
      values: { db: lossDb, limit: sim.setup.lossThresholdDb },
    })
    sim.followHint().expectOutcome({ kind: 'step', step: STEP.decide })
    const keys = followUntil(sim, (s) => s.state.splice !== null)
    expect(keys.filter((k) => k === 'strip')).toHaveLength(2)
    expect(keys.filter((k) => k === 'bin-scrap')).toHaveLength(4)
    followUntil(sim)
    sim.finish().expectNoErrors()
  })

  it('a splice made without a sleeve: the hint says to break it, never to thread a sleeve on joined fibres', () => {
    const sim = splicingSim(EVALUATION).glasses().prepare('L').prepare('R').closeUp().arc()
    expect(hintMessage(sim.state)).toEqual({ key: 'splicing.hints.break-for-sleeve' })
    sim.followHint()
    expect(sim.state.splice).toBeNull()
    expect(hintMessage(sim.state)).toEqual({
      key: 'splicing.hints.sleeve',
      values: { mm: sim.setup.sleeveLengthMm },
    })
    followUntil(sim)
    sim.expectOutcome({ kind: 'step', step: STEP.heat })
    expect(sim.recoveries(ERR.noSleeve)).toHaveLength(1)
  })

  it('the same once the splice was kept and proof-tested', () => {
    const sim = splicingSim(EVALUATION)
      .glasses()
      .prepare('L')
      .prepare('R')
      .closeUp()
      .arc()
      .accept()
      .openCover()
    expect(hintMessage(sim.state)).toEqual({ key: 'splicing.hints.break-for-sleeve' })
    followUntil(sim)
    expect(sim.finish().report().criticalErrors).toBe(0)
  })

  it('a fibre placed out of the splicer’s window: take it out and place it again', () => {
    const sim = splicingSim(EVALUATION)
      .glasses()
      .threadSleeve('L')
      .prepare('L', { tipMm: 5 })
      .prepare('R')
      .closeUp()
    sim.arc().expectOutcome({ kind: 'rejected', reason: 'fibre-position' })
    const keys = followUntil(sim, (s) => s.state.splice !== null)
    expect(keys).toEqual(['open-cover', 'unload', 'load', 'close-clamps', 'close-cover', 'arc'])
    expect(sim.state.ends.L.tipMm).toBe(1.5)
  })

  it('the cover opened before deciding: keep, then close and open it again for the proof test', () => {
    const sim = splicingSim(EVALUATION).spliceBoth().openCover().accept()
    expect(sim.state.splice?.proofTested).toBe(false)
    const keys = followUntil(sim, (s) => s.state.splice?.proofTested === true)
    expect(keys).toEqual(['close-cover', 'open-cover'])
    sim.expectOutcome({ kind: 'step', step: STEP.proof })
  })

  it('the cover closed before both fibres are in: open it to load the second', () => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('L').prepare('L').gesture('close-cover')
    sim.strip('R').wipe('R').cleave('R').binScrap('R')
    expect(followUntil(sim, (s) => s.state.ends.R.loaded)).toEqual(['open-cover', 'load'])
  })

  it('the scraps left at the end are pointed at before the job is done', () => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('L').prepare('L')
    // Cut back once: two scraps on the right, one binned.
    sim.strip('R').cutEnd('R').strip('R').wipe('R').cleave('R').binScrap('R').load('R')
    sim.closeUp().arc().accept().openCover().protect()
    expect(sim.state.ends.R.scraps).toBe(1)
    expect(followUntil(sim)).toEqual(['bin-scrap'])
    expect(sim.finish().errors(ERR.scrapLeft)).toEqual([])
  })
})

/** Any gesture a trainee might make at the station, with any parameters, on either side. */
const sideArb = fc.constantFrom<Side>('L', 'R')
const gestureArb = fc.oneof(
  fc.record({ verb: fc.constant('glasses' as const) }),
  fc.record({ verb: fc.constant('sleeve' as const), side: sideArb, mm: fc.constantFrom(40, 60) }),
  fc.record({
    verb: fc.constant('strip' as const),
    side: sideArb,
    lengthMm: fc.integer({ min: 10, max: 45 }),
    offAxisDeg: fc.integer({ min: 0, max: 20 }),
    pulls: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    verb: fc.constant('wipe' as const),
    side: sideArb,
    towardTip: fc.boolean(),
    fresh: fc.boolean(),
  }),
  fc.record({ verb: fc.constant('touch' as const), side: sideArb }),
  fc.record({
    verb: fc.constant('cleave' as const),
    side: sideArb,
    seatOffsetMm: fc.integer({ min: -2, max: 4 }),
    tiltDeg: fc.double({ min: 0, max: 3, noNaN: true }),
    bladeSpeedMmS: fc.integer({ min: 30, max: 200 }),
  }),
  fc.record({ verb: fc.constant('cut-end' as const), side: sideArb }),
  fc.record({ verb: fc.constant('bin-scrap' as const), side: sideArb }),
  fc.record({
    verb: fc.constant('load' as const),
    side: sideArb,
    tipMm: fc.double({ min: 0, max: 5, noNaN: true }),
  }),
  fc.record({ verb: fc.constant('unload' as const), side: sideArb }),
  fc.record({
    verb: fc.constantFrom(
      'close-clamps' as const,
      'close-cover' as const,
      'arc' as const,
      'accept' as const,
      'redo' as const,
      'open-cover' as const,
      'heater-in' as const,
      'heater-out' as const,
    ),
  }),
  fc.record({ verb: fc.constant('slide' as const), offsetMm: fc.integer({ min: -15, max: 15 }) }),
  fc.record({ verb: fc.constant('wait' as const), s: fc.integer({ min: 1, max: 30 }) }),
)
type TradeGesture = typeof gestureArb extends fc.Arbitrary<infer T> ? T : never

function perform(sim: SplicingSim, g: TradeGesture): void {
  switch (g.verb) {
    case 'glasses':
      sim.glasses()
      return
    case 'sleeve':
      sim.threadSleeve(g.side, g.mm)
      return
    case 'strip':
      sim.strip(g.side, g)
      return
    case 'wipe':
      sim.wipe(g.side, g)
      return
    case 'touch':
      sim.touch(g.side)
      return
    case 'cleave':
      sim.cleave(g.side, g)
      return
    case 'cut-end':
      sim.cutEnd(g.side)
      return
    case 'bin-scrap':
      sim.binScrap(g.side)
      return
    case 'load':
      sim.load(g.side, g.tipMm)
      return
    case 'unload':
      sim.unload(g.side)
      return
    case 'slide':
      sim.slideSleeve(g.offsetMm)
      return
    case 'wait':
      sim.wait(g.s)
      return
    default:
      sim.gesture(g.verb)
  }
}

/** The textbook run, gesture by gesture: a mess may start anywhere along it. */
const TEXTBOOK: ((sim: SplicingSim) => unknown)[] = [
  (s) => s.glasses(),
  (s) => s.threadSleeve('L'),
  ...(['L', 'R'] as const).flatMap((side) => [
    (s: SplicingSim) => s.strip(side),
    (s: SplicingSim) => s.wipe(side),
    (s: SplicingSim) => s.cleave(side),
    (s: SplicingSim) => s.binScrap(side),
    (s: SplicingSim) => s.load(side),
  ]),
  (s) => s.gesture('close-clamps'),
  (s) => s.gesture('close-cover'),
  (s) => s.arc(),
  (s) => s.accept(),
  (s) => s.openCover(),
  (s) => s.slideSleeve(0),
  (s) => s.heaterIn(),
]

describe('hints recover from any mess', () => {
  it('after any gestures, following the hints ends the job: every milestone, nothing on the bench', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: TEXTBOOK.length }),
        fc.array(gestureArb, { maxLength: 40 }),
        fc.integer(),
        (start, mess, seed) => {
          const sim = splicingSim(EVALUATION, { seed })
          for (const step of TEXTBOOK.slice(0, start)) step(sim)
          for (const g of mess) perform(sim, g)
          const criticalBefore = sim.report().criticalErrors
          const errorsBefore = sim.errors().length
          followUntil(sim, () => false, 120)
          const { done, total } = progress(sim.state)
          expect(done).toBe(total)
          expect(sim.state.ends.L.scraps + sim.state.ends.R.scraps).toBe(0)
          sim.finish()
          // Following the hints never adds a safety breach.
          expect(sim.report().criticalErrors).toBe(criticalBefore)
          // The only new errors are the splicer's own checks of an end spoilt before: the hints send
          // such an end to the splicer, which refuses it, then lead it back through cut-end.
          const splicerChecks = new Set<string>([ERR.dirtyAtSplicer, ERR.badCleave])
          expect(
            sim
              .errors()
              .slice(errorsBefore)
              .filter((e) => !splicerChecks.has(e.error)),
          ).toEqual([])
        },
      ),
      { numRuns: 300 },
    )
  })
})
