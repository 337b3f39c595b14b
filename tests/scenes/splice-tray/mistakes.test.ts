import { describe, expect, it } from 'vitest'
import { FIBRE_CLASSES, lossPerTurnDb } from '../../../scenes/common/macrobend.ts'
import { bobbinCoil, layFibre, pathLengthMm } from '../../../scenes/splice-tray/coilPath.ts'
import { ERR, MEASURE_NM, STEP, lineReadingDbm } from '../../../scenes/splice-tray/index.ts'
import { CABLE_WORDS } from '../../../scenes/splice-tray/model.ts'
import type { CableId, PointMm } from '../../../scenes/splice-tray/layout.ts'
import { expectRefused } from '../sceneModelChecks.ts'
import { defOf, errorFindings, expectExplained, fr, frenchMessage, round1, round2 } from './findings.ts'
import { bulgeStraight, loopLay } from './paths.ts'
import { spliceTraySim } from './sim.ts'
import type { SpliceTraySim } from './sim.ts'

const G652 = 'splice-tray.g652'
const GUIDED = 'splice-tray.guided'
const RADII_MM = [14, 12, 10, 8]

/** Graded, whatever the exercise's own mode (guided mode is not graded). */
const evaluation = (id = G652) => spliceTraySim(id, { mode: 'evaluation' })
/** Sound up to the coils: both cables secured in their band, spares stored, sleeves in colour order. */
const readyToCoil = (id = G652) => evaluation(id).secure('dist').secure('drop').storeSpares().placeAll()
/** Both coils laid round the bobbins with the whole slack. */
const coiled = (id = G652) => readyToCoil(id).coil('dist').coil('drop')
const finishJob = (sim: SpliceTraySim) => sim.close().label().measureLine().finish()
const classOf = (sim: SpliceTraySim) => FIBRE_CLASSES[sim.setup.fibreClass]
/** What the meter would read at 1490 nm now, before the meter's rounding. */
const reading = (sim: SpliceTraySim) => {
  const value = lineReadingDbm(sim.state, MEASURE_NM)
  if (value === null) throw new Error('no light at the PTO')
  return value
}
/** Two meter readings, each rounded to 0.01 dB, differ from the exact difference by at most 0.01 dB. */
const ROUNDING_DB = 0.01 + 1e-9

describe('a coil wound under the fibre class’s minimum radius (ST-E05)', () => {
  const tight = (radiusMm: number, id = G652) => readyToCoil(id).tightCoil('dist', radiusMm)

  it.each(RADII_MM)(
    'G.652, wound at %s mm: the finding gives the radius read against the minimum, and the loss',
    (radiusMm) => {
      const sim = tight(radiusMm)
      const laid = sim.state.coils.dist!
      const minMm = classOf(sim).minRadiusMm
      // The premise: the lay reads close to the radius asked (tightCoil winds it by the entry, within
      // about 10 %), and under the class's minimum.
      expect(Math.abs(laid.minRadiusMm / radiusMm - 1)).toBeLessThanOrEqual(0.1)
      expect(laid.minRadiusMm).toBeLessThan(minMm)
      const detail = {
        cable: 'dist',
        ...CABLE_WORDS.dist,
        radiusMm: round1(laid.minRadiusMm),
        minMm,
        fibreClass: 'G.652.D',
        lossDb: round2(laid.macrobendDb),
      }
      sim.expectOutcome({ kind: 'error', error: ERR.tightBend, ref: 'bend-dist', detail })
      expect(sim.lastConsequences()).toEqual({ 'coil-dist': laid.macrobendDb })
      // The coil step is still done, with the radius and length it was laid with.
      sim.expectOutcome({
        kind: 'step',
        step: STEP.coil('dist'),
        measured: { minRadiusMm: round1(laid.minRadiusMm), laidMm: Math.round(laid.lengthMm) },
      })

      finishJob(sim.coil('drop'))
      const finding = expectExplained(sim, ERR.tightBend, { detail })
      expect(finding.level).toBe('error')
      expect(frenchMessage(finding)).toContain(
        `Lovage trop serré (${CABLE_WORDS.dist.cote}) : rayon ${fr(detail.radiusMm)} mm, minimum ${fr(minMm)} mm pour une fibre G.652.D ; perte ${fr(detail.lossDb)} dB.`,
      )
      expect(finding.consequence?.fr).toContain('macrocourbure')

      // On success: an error, not a critical one; the job fails only if the loss leaves the line under
      // the threshold (RC-E02), or if the score falls under the pass mark.
      const report = sim.report()
      const lineFails = reading(sim) <= sim.setup.passDbm
      expect(sim.errors(ERR.lineFails)).toHaveLength(lineFails ? 1 : 0)
      expect(report.criticalErrors).toBe(lineFails ? 1 : 0)
      expect(report.success).toBe(!lineFails && report.score + 1e-9 >= report.passMark)
      expect(report.score).toBeLessThan(1)
    },
  )

  it('the loss grows strictly as the radius shrinks, and the PTO reading falls by exactly that loss', () => {
    const clean = evaluation().cleanRun()
    const goodLossDb = clean.state.coils.dist!.macrobendDb
    const losses = RADII_MM.map((radiusMm) => {
      const sim = tight(radiusMm).coil('drop').close().label().measureLine()
      const lossDb = sim.state.coils.dist!.macrobendDb
      expect(reading(sim)).toBeCloseTo(reading(clean) - (lossDb - goodLossDb), 9)
      expect(sim.state.meter.readingDbm).toBe(round2(reading(sim)))
      const measuredDrop = clean.state.meter.readingDbm! - sim.state.meter.readingDbm!
      expect(Math.abs(measuredDrop - (lossDb - goodLossDb))).toBeLessThanOrEqual(ROUNDING_DB)
      return lossDb
    })
    losses.slice(1).forEach((lossDb, i) => expect(lossDb).toBeGreaterThan(losses[i]!))
    // The range matters: from a fraction of the margin to far beyond it.
    expect(losses[0]).toBeGreaterThan(1)
    expect(losses.at(-1)).toBeGreaterThan(reading(clean) - clean.setup.passDbm)
  })

  it('re-laid round the bobbins: recovered at the recovered penalty, and the reading is back', () => {
    const clean = evaluation().cleanRun().finish()
    const sim = tight(10).coil('dist')
    sim.expectOutcome({ kind: 'recovered', error: ERR.tightBend, ref: 'bend-dist' })
    finishJob(sim.coil('drop'))
    expect(reading(sim)).toBe(reading(clean))
    expect(sim.state.meter.readingDbm).toBe(clean.state.meter.readingDbm)
    expectExplained(sim, ERR.tightBend, { recovered: true })
    const report = sim.report()
    expect(report.components.errors).toBeCloseTo(1 - defOf(sim, ERR.tightBend).recoveredPenalty, 12)
    expect(sim.errors(ERR.lineFails)).toEqual([])
    expect(report.success).toBe(true)
  })

  it('the same tight coils in G.657.A2 cost far less, and are a fault only under its 7.5 mm minimum', () => {
    const a2 = FIBRE_CLASSES['G.657.A2']
    const g652 = FIBRE_CLASSES['G.652.D']
    // docs/DOMAIN.md: G.657.A2/B2 7.5 mm.
    expect(a2.minRadiusMm).toBe(7.5)
    const faults = RADII_MM.map((radiusMm) => {
      const sim = tight(radiusMm, GUIDED)
      const laid = sim.state.coils.dist!
      expect(laid.macrobendDb).toBeLessThan(tight(radiusMm, G652).state.coils.dist!.macrobendDb / 3)
      expect(sim.lastConsequences()['coil-dist']).toBe(laid.macrobendDb)
      const fault = laid.minRadiusMm < a2.minRadiusMm
      expect(sim.errors(ERR.tightBend)).toHaveLength(fault ? 1 : 0)

      // On one and the same path, the two classes' losses differ point by point by the ratio of their
      // loss per turn, which falls as the radius grows (A2 decays faster): the whole path's ratio is at
      // most the ratio at its tightest point.
      const path = sim.state.coils.dist!.points
      const onA2 = layFibre('dist', path, a2)
      const onG652 = layFibre('dist', path, g652)
      if (!onA2.ok || !onG652.ok) throw new Error('the laid path must lay again')
      const tightest = onA2.fibre.minRadiusMm
      expect(onA2.fibre.macrobendDb / onG652.fibre.macrobendDb).toBeLessThanOrEqual(
        lossPerTurnDb(a2, tightest) / lossPerTurnDb(g652, tightest) + 1e-12,
      )
      return fault
    })
    // Both verdicts occur among these radii, so the rule is really exercised.
    expect(faults).toContain(true)
    expect(faults).toContain(false)
  })
})

describe('sleeves out of colour order (ST-E04)', () => {
  const [first, second] = [3, 4]
  const secured = () => evaluation().secure('dist').secure('drop').storeSpares()

  it('the exercise splices the fibres these tests place', () => {
    expect(secured().setup.splices.map((s) => s.tubeFibre)).toEqual([first, second])
  })

  it('a sleeve in another free slot: the finding names fibre, slot and expected slot; ST-03 waits for all', () => {
    const sim = secured().place(first, 7)
    const detail = { fibre: first, slot: 7, expected: first }
    sim.expectOutcome({ kind: 'error', error: ERR.wrongSlot, ref: `sleeve-${first}`, detail })
    sim.place(second)
    expect(sim.steps(STEP.sleeves)).toEqual([])
    sim.place(first).expectOutcome({ kind: 'recovered', error: ERR.wrongSlot, ref: `sleeve-${first}` })
    sim.expectOutcome({ kind: 'step', step: STEP.sleeves })
    finishJob(sim.coil('dist').coil('drop'))
    const finding = expectExplained(sim, ERR.wrongSlot, { recovered: true, detail })
    expect(frenchMessage(finding)).toBe(
      `Soudure de la fibre ${first} rangée en position 7 au lieu de ${first}.`,
    )
    expect(sim.report().success).toBe(true)
  })

  it('left in the wrong slot: charged in full, ST-03 missing, and the job fails although nothing is critical', () => {
    const sim = secured().place(first, 7).place(second).coil('dist').coil('drop')
    finishJob(sim)
    // Closing does not raise the same fault twice.
    expect(sim.errors(ERR.wrongSlot)).toHaveLength(1)
    expectExplained(sim, ERR.wrongSlot, { detail: { fibre: first, slot: 7, expected: first } })
    const report = sim.report()
    expect(report.criticalErrors).toBe(0)
    expect(report.findings).toContainEqual(
      expect.objectContaining({ kind: 'missing-step', step: STEP.sleeves, level: 'error' }),
    )
    expect(report.success).toBe(false)
  })

  it('a sleeve moved out of order after ST-03 undoes it; a taken slot is refused', () => {
    const sim = secured().placeAll()
    sim.place(second, 9).expectOutcome({ kind: 'undo', step: STEP.sleeves })
    sim.expectOutcome({
      kind: 'error',
      error: ERR.wrongSlot,
      detail: { fibre: second, slot: 9, expected: second },
    })
    expectRefused(sim, (s) => s.place(second, first), 'slot-taken', { slot: first })
    expectRefused(sim, (s) => s.place(second, 9), 'already-there', { slot: 9 })
  })

  it('slot 0 takes a sleeve out: ST-03 undone, its wrong-slot fault put right, no ST-E04; out twice is refused', () => {
    const sim = secured().placeAll()
    sim.place(second, 0)
    expect(sim.state.sleeves[second]).toBeNull()
    expect(sim.lastOutcomes.map((o) => o.kind)).toEqual(['undo'])
    sim.expectOutcome({ kind: 'undo', step: STEP.sleeves })
    expectRefused(sim, (s) => s.place(second, 0), 'not-on-holder')
    // Put back, ST-03 is done again; nothing was an error.
    sim.place(second).expectOutcome({ kind: 'step', step: STEP.sleeves })
    expect(sim.errors()).toEqual([])

    // A sleeve in a wrong slot, taken out: its fault is put right (it lies beside the holder, not astray).
    sim.place(first, 0).place(first, 7)
    sim.expectOutcome({ kind: 'error', error: ERR.wrongSlot, ref: `sleeve-${first}` })
    sim.place(first, 0).expectOutcome({ kind: 'recovered', error: ERR.wrongSlot, ref: `sleeve-${first}` })
    expect(sim.lastOutcomes.filter((o) => o.kind === 'undo' || o.kind === 'error')).toEqual([])
    expect(sim.state.open).toEqual({})
  })

  it('a sleeve left out of the holder at closing is a loose sleeve (ST-E08), not a wrong slot', () => {
    const sim = secured().placeAll().place(second, 0).coil('dist').coil('drop').close()
    sim.expectOutcome({ kind: 'error', error: ERR.looseSleeve, ref: `loose-${second}` })
    expect(sim.errors(ERR.wrongSlot)).toEqual([])
  })
})

describe('cutting a fibre (ST-E09): never part of tidying up', () => {
  it('cutting the spares is critical: they are lost, the job fails whatever the score', () => {
    const sim = evaluation().secure('dist').secure('drop').cut('spares')
    // Words for the message, not the model's id: "Fibre coupée (fibres de réserve)".
    const detail = { quoi: 'fibres de réserve', what: 'spare fibres' }
    sim.expectOutcome({ kind: 'error', error: ERR.cutFibre, ref: 'cut-spares', detail })
    expect(sim.state.spares).toBe('cut')
    expectRefused(sim, (s) => s.storeSpares(), 'already-cut')
    finishJob(sim.placeAll().coil('dist').coil('drop'))
    const finding = expectExplained(sim, ERR.cutFibre, { detail })
    expect(finding.level).toBe('critical')
    expect(frenchMessage(finding)).toBe(
      `Fibre coupée (${detail.quoi}) : on ne coupe jamais une fibre pour ranger.`,
    )
    // The subscriber's line is not touched.
    expect(reading(sim)).toBe(reading(evaluation().cleanRun()))
    const report = sim.report()
    expect(report.criticalErrors).toBe(1)
    expect(report.success).toBe(false)
  })

  it('cutting a coil kills the line: no light (LO) at the PTO, and finishing raises RC-E02', () => {
    const sim = coiled().cut('coil-dist')
    sim.expectOutcome({
      kind: 'error',
      error: ERR.cutFibre,
      ref: 'cut-dist',
      detail: {
        quoi: `fibres en service, ${CABLE_WORDS.dist.cote}`,
        what: `fibres in service, ${CABLE_WORDS.dist.side}`,
      },
    })
    expect(sim.state.lineCut).toBe(true)
    expect(lineReadingDbm(sim.state, MEASURE_NM)).toBeNull()
    expectRefused(sim, (s) => s.coil('dist'), 'already-cut')
    expectRefused(sim, (s) => s.cut('coil-drop'), 'already-cut')
    sim.close().label().finish()
    sim.expectOutcome({
      kind: 'error',
      error: ERR.lineFails,
      ref: 'line',
      detail: { readingDbm: 'LO', passDbm: sim.setup.passDbm },
    })
    const finding = expectExplained(sim, ERR.lineFails, {
      detail: { readingDbm: 'LO', passDbm: sim.setup.passDbm },
    })
    expect(frenchMessage(finding)).toBe(
      `Ligne laissée sous le seuil : LO dBm à la PTO (il faut plus de ${fr(sim.setup.passDbm)} dBm).`,
    )
    const report = sim.report()
    expect(report.criticalErrors).toBe(2)
    expect(report.success).toBe(false)
  })

  it('the meter on a cut line reads nothing: it records where it read, but there is no RC-05 to record', () => {
    const sim = coiled().cut('coil-drop').close().measureLine()
    expect(sim.state.meter).toMatchObject({ readingDbm: null, readAtNm: MEASURE_NM })
    expect(sim.lastOutcomes).toEqual([])
    expect(sim.steps(STEP.measure)).toEqual([])
  })

  it('measuring a cut line at 1490 nm still gives a report (a trainee’s act never crashes scoring)', () => {
    const sim = coiled().cut('coil-drop').close().label().measureLine().finish()
    expect(sim.steps(STEP.measure)).toEqual([])
    expect(() => sim.report()).not.toThrow()
    expect(sim.report().success).toBe(false)
  })
})

describe('the cover pinches what is not inside the cassette (ST-E07, ST-E08, ST-E10)', () => {
  /** A lay round the bobbins whose straight between them bulges past the cassette's wall, with slack to spare. */
  function outsideLay(sim: SpliceTraySim, cable: CableId): PointMm[] {
    const slackMm = sim.setup.slackMm[cable]
    for (let lengthMm = slackMm - 10; lengthMm > slackMm - 100; lengthMm -= 5) {
      const points = bulgeStraight(bobbinCoil(cable, lengthMm, sim.endZ), 45)
      if (pathLengthMm(points) <= slackMm - 1) return points
    }
    throw new Error('no bulging lay fits the slack')
  }

  /** Measures with the cover open and again once closed; returns both exact readings. */
  const readAroundClosing = (sim: SpliceTraySim) => {
    sim.measureLine()
    const open = { exact: reading(sim), meter: sim.state.meter.readingDbm! }
    sim.close()
    const closedOutcomes = sim.lastOutcomes
    sim.measure()
    return { open, closed: { exact: reading(sim), meter: sim.state.meter.readingDbm! }, closedOutcomes }
  }

  it.each(['dist', 'drop'] as const)(
    'a %s coil drawn past the wall: critical pinch, its loss is the setup’s pinch loss, off the reading',
    (cable) => {
      const sim = readyToCoil()
      const other: CableId = cable === 'dist' ? 'drop' : 'dist'
      sim.coilPath(cable, outsideLay(sim, cable)).coil(other)
      const laid = sim.state.coils[cable]!
      // The premise: only the wall is wrong (wide bends, slack laid, nothing over the sleeves).
      expect(laid.outsideMm).toBeGreaterThan(0)
      expect(laid.excessMm).toBeGreaterThanOrEqual(0)
      expect(laid.excessMm).toBeLessThanOrEqual(sim.setup.tuckMm)
      expect(laid.minRadiusMm).toBeGreaterThanOrEqual(classOf(sim).minRadiusMm)
      expect(laid.overSleevesMm).toBe(0)
      sim.expectNoErrors()

      const { open, closed, closedOutcomes } = readAroundClosing(sim)
      const detail = { cable, ...CABLE_WORDS[cable], reason: 'outside' }
      expect(closedOutcomes).toContainEqual(
        expect.objectContaining({ kind: 'error', error: ERR.pinchedFibre, ref: `pinch-${cable}`, detail }),
      )
      expect(closedOutcomes).toContainEqual(
        expect.objectContaining({ kind: 'consequence', key: 'pinch', value: sim.setup.pinchLossDb }),
      )
      expect(sim.state.pinchDb).toBe(sim.setup.pinchLossDb)
      expect(closed.exact).toBeCloseTo(open.exact - sim.setup.pinchLossDb, 9)
      expect(Math.abs(open.meter - closed.meter - sim.setup.pinchLossDb)).toBeLessThanOrEqual(ROUNDING_DB)

      sim.label().finish()
      const finding = expectExplained(sim, ERR.pinchedFibre, { detail })
      expect(finding.level).toBe('critical')
      expect(frenchMessage(finding)).toBe(
        `Fibre pincée par le capot (${CABLE_WORDS[cable].cote}) : elle dépasse de la cassette.`,
      )
      expect(sim.report().success).toBe(false)
    },
  )

  it('slack left unlaid is pinched when more hangs out than the tabs hold (tuckMm)', () => {
    const slackMm = evaluation().setup.slackMm.dist
    const verdicts = [20, 40, 55, 65, 75].map((shortMm) => {
      const sim = readyToCoil()
        .coil('dist', slackMm - shortMm)
        .coil('drop')
      const laid = sim.state.coils.dist!
      expect(laid.outsideMm).toBe(0)
      sim.close()
      const hanging = laid.excessMm > sim.setup.tuckMm
      expect(sim.errors(ERR.pinchedFibre)).toEqual(
        hanging
          ? [
              expect.objectContaining({
                ref: 'pinch-dist',
                detail: { cable: 'dist', ...CABLE_WORDS.dist, reason: 'slack' },
              }),
            ]
          : [],
      )
      expect(sim.state.pinchDb).toBe(hanging ? sim.setup.pinchLossDb : 0)
      return hanging
    })
    expect(verdicts).toContain(true)
    expect(verdicts).toContain(false)
  })

  it('a short lay on both sides: each is pinched, the losses add, and the line falls under the threshold', () => {
    const sim = readyToCoil()
    sim.coilPath('dist', loopLay('dist', 40, sim.endZ)).coilPath('drop', loopLay('drop', 40, sim.endZ))
    for (const cable of ['dist', 'drop'] as const)
      expect(sim.state.coils[cable]!.excessMm).toBeGreaterThan(sim.setup.tuckMm)
    sim.expectNoErrors()
    const before = reading(sim)
    sim.close()
    expect(sim.errors(ERR.pinchedFibre).map((e) => e.detail)).toEqual([
      { cable: 'dist', ...CABLE_WORDS.dist, reason: 'slack' },
      { cable: 'drop', ...CABLE_WORDS.drop, reason: 'slack' },
    ])
    expect(sim.state.pinchDb).toBe(2 * sim.setup.pinchLossDb)
    expect(reading(sim)).toBeCloseTo(before - 2 * sim.setup.pinchLossDb, 9)
    sim.label().measureLine().finish()
    expect(sim.errors(ERR.lineFails)).toHaveLength(reading(sim) <= sim.setup.passDbm ? 1 : 0)
    expect(reading(sim)).toBeLessThanOrEqual(sim.setup.passDbm)
  })

  it('opened, re-laid and closed again: the pinch loss is gone and the reading is back', () => {
    const clean = evaluation().cleanRun()
    const sim = readyToCoil()
    sim
      .coilPath('dist', loopLay('dist', 40, sim.endZ))
      .coil('drop')
      .close()
    expect(sim.state.pinchDb).toBe(sim.setup.pinchLossDb)
    sim.open()
    expect(sim.state.pinchDb).toBe(0)
    sim.coil('dist').close()
    expect(sim.lastConsequences()).toEqual({})
    // Closed on a fibre that no longer hangs: the pinch is put right, credited once.
    sim.expectOutcome({ kind: 'recovered', error: ERR.pinchedFibre, ref: 'pinch-dist' })
    expect(sim.errors(ERR.pinchedFibre)).toHaveLength(1)
    sim.label().measureLine()
    expect(reading(sim)).toBe(reading(clean))
    expect(sim.state.meter.readingDbm).toBe(clean.state.meter.readingDbm)
    sim.finish()
    expect(sim.recoveries(ERR.pinchedFibre)).toHaveLength(1)
    const finding = expectExplained(sim, ERR.pinchedFibre, {
      recovered: true,
      detail: { cable: 'dist', ...CABLE_WORDS.dist, reason: 'slack' },
    })
    // A pinch is a breach: recovered or not, it stays critical and the job fails.
    expect(finding.level).toBe('critical')
    expect(sim.report().success).toBe(false)
  })

  it('closed again with the fibre still hanging: the pinch stays open, neither raised again nor recovered', () => {
    const sim = readyToCoil()
    sim
      .coilPath('dist', loopLay('dist', 40, sim.endZ))
      .coil('drop')
      .close()
      .open()
      .close()
    expect(sim.errors(ERR.pinchedFibre)).toHaveLength(1)
    expect(sim.recoveries(ERR.pinchedFibre)).toEqual([])
    expect(sim.state.pinchDb).toBe(sim.setup.pinchLossDb)
  })

  it('spares left out of their channel: critical ST-E10 at closing, no loss on the subscriber’s line', () => {
    const clean = evaluation().cleanRun()
    const sim = evaluation().secure('dist').secure('drop').placeAll().coil('dist').coil('drop').close()
    sim.expectOutcome({ kind: 'error', error: ERR.sparesPinched, ref: 'spares' })
    expect(sim.state.pinchDb).toBe(0)
    // Put right: stored once the cover is open again, then closed with nothing said.
    sim.open().storeSpares().expectOutcome({ kind: 'recovered', error: ERR.sparesPinched, ref: 'spares' })
    sim.close()
    expect(sim.errors(ERR.sparesPinched)).toHaveLength(1)
    sim.label().measureLine().finish()
    expect(reading(sim)).toBe(reading(clean))
    const finding = expectExplained(sim, ERR.sparesPinched, { recovered: true })
    expect(finding.level).toBe('critical')
    expect(frenchMessage(finding)).toBe('Fibres de réserve laissées hors de leur canal : le capot les pince.')
    // A recovered critical error still fails: a breach is a breach.
    expect(sim.report().success).toBe(false)
  })

  it.each([
    ['the subscriber’s', true],
    ['another line’s', false],
  ])(
    '%s sleeve left out of the holder: critical ST-E08; only the subscriber’s line loses light',
    (_, subscriber) => {
      const base = evaluation().secure('dist').secure('drop').storeSpares()
      const loose = subscriber
        ? base.subscriberTubeFibre
        : base.setup.splices.map((s) => s.tubeFibre).find((f) => f !== base.subscriberTubeFibre)!
      const sim = base
      for (const { tubeFibre } of sim.setup.splices) if (tubeFibre !== loose) sim.place(tubeFibre)
      sim.coil('dist').coil('drop')
      const before = reading(sim)
      sim.close()
      sim.expectOutcome({
        kind: 'error',
        error: ERR.looseSleeve,
        ref: `loose-${loose}`,
        detail: { fibre: loose },
      })
      const lossDb = subscriber ? sim.setup.pinchLossDb : 0
      expect(sim.state.pinchDb).toBe(lossDb)
      expect(reading(sim)).toBeCloseTo(before - lossDb, 9)
      finishJob(sim.open().close())
      expect(sim.recoveries(ERR.looseSleeve)).toEqual([])
      const finding = expectExplained(sim, ERR.looseSleeve, { detail: { fibre: loose } })
      expect(frenchMessage(finding)).toBe(
        `Soudure de la fibre ${loose} laissée hors du support au moment de fermer.`,
      )
      expect(sim.report().success).toBe(false)
    },
  )

  it('a loose sleeve put in the holder: closing again recovers ST-E08 and gives the subscriber’s light back', () => {
    const clean = evaluation().cleanRun()
    const base = evaluation().secure('dist').secure('drop').storeSpares()
    const loose = base.subscriberTubeFibre
    const sim = base
    for (const { tubeFibre } of sim.setup.splices) if (tubeFibre !== loose) sim.place(tubeFibre)
    sim.coil('dist').coil('drop').close()
    sim.expectOutcome({ kind: 'error', error: ERR.looseSleeve, ref: `loose-${loose}` })
    // Opening alone puts nothing right.
    sim.open()
    expect(sim.recoveries(ERR.looseSleeve)).toEqual([])
    sim.place(loose).close()
    sim.expectOutcome({ kind: 'recovered', error: ERR.looseSleeve, ref: `loose-${loose}` })
    expect(sim.state.pinchDb).toBe(0)
    sim.label().measureLine().finish()
    expect(reading(sim)).toBe(reading(clean))
    expect(sim.errors(ERR.looseSleeve)).toHaveLength(1)
    expect(sim.recoveries(ERR.looseSleeve)).toHaveLength(1)
    const finding = expectExplained(sim, ERR.looseSleeve, { recovered: true, detail: { fibre: loose } })
    expect(finding.level).toBe('critical')
    expect(sim.report().success).toBe(false)
  })
})

describe('the ties: the tube held, never crushed, never on bare fibre (ST-E01, ST-E02, ST-E03)', () => {
  it('too tight: the tube is crushed, a loss of (force − pinchN) × lossDbPerN; cut and re-tied, it is recovered', () => {
    const clean = evaluation().cleanRun()
    const sim = evaluation()
    const { pinchN, lossDbPerN } = sim.setup.tie
    const forceN = pinchN + 25
    const crushDb = (forceN - pinchN) * lossDbPerN
    const detail = { cable: 'dist', ...CABLE_WORDS.dist, forceN, pinchN }
    sim.secure('dist', { forceN })
    sim.expectOutcome({ kind: 'error', error: ERR.tieTight, ref: 'tie-dist', detail })
    sim.expectOutcome({ kind: 'step', step: STEP.secure('dist') })
    expect(sim.lastConsequences()).toEqual({ 'tie-dist': crushDb })
    sim.secure('drop').storeSpares().placeAll().coil('dist').coil('drop')
    expect(reading(sim)).toBeCloseTo(reading(clean) - crushDb, 9)

    sim.cut('tie-dist').expectOutcome({ kind: 'undo', step: STEP.secure('dist') })
    expect(sim.state.cables.dist).toMatchObject({ routed: true, tie: null })
    sim.tie('dist').expectOutcome({ kind: 'recovered', error: ERR.tieTight, ref: 'tie-dist' })
    sim.expectOutcome({ kind: 'step', step: STEP.secure('dist') })
    expect(reading(sim)).toBe(reading(clean))
    finishJob(sim)
    const finding = expectExplained(sim, ERR.tieTight, { recovered: true, detail })
    expect(frenchMessage(finding)).toBe(
      `Collier trop serré ${CABLE_WORDS.dist.cote} (${fr(forceN)} N, au-delà de ${fr(pinchN)} N) : le tube est écrasé.`,
    )
    expect(sim.report().success).toBe(true)
  })

  it('crushed and left so: charged in full, closing does not raise it twice', () => {
    const sim = evaluation().secure('dist', { forceN: 90 }).secure('drop').storeSpares().placeAll()
    finishJob(sim.coil('dist').coil('drop'))
    expect(sim.errors(ERR.tieTight)).toHaveLength(1)
    expectExplained(sim, ERR.tieTight, {
      detail: { cable: 'dist', ...CABLE_WORDS.dist, forceN: 90, pinchN: sim.setup.tie.pinchN },
    })
  })

  it('too loose: a warning, the tube is not secured (no ST-01), no loss; the job misses a required step', () => {
    const sim = evaluation()
    const { secureN } = sim.setup.tie
    const forceN = secureN / 2
    const detail = { cable: 'drop', ...CABLE_WORDS.drop, forceN, secureN }
    sim.secure('dist').secure('drop', { forceN })
    sim.expectOutcome({ kind: 'error', error: ERR.tieLoose, ref: 'tie-drop', detail })
    expect(sim.lastOutcomes.filter((o) => o.kind === 'step' || o.kind === 'consequence')).toEqual([])
    finishJob(sim.storeSpares().placeAll().coil('dist').coil('drop'))
    const finding = expectExplained(sim, ERR.tieLoose, { detail })
    expect(finding.level).toBe('warning')
    expect(frenchMessage(finding)).toBe(
      `Câble mal tenu ${CABLE_WORDS.drop.cote} : collier à ${fr(forceN)} N (au moins ${fr(secureN)} N).`,
    )
    const report = sim.report()
    expect(report.findings).toContainEqual(
      expect.objectContaining({ kind: 'missing-step', step: STEP.secure('drop') }),
    )
    expect(report.success).toBe(false)
  })

  it('the tube stopping before the tie: the tie is on bare fibres, critical, and costs the pinch loss', () => {
    const clean = evaluation().cleanRun()
    const sim = evaluation().route('dist', -5).tie('dist')
    const detail = { cable: 'dist', ...CABLE_WORDS.dist }
    sim.expectOutcome({ kind: 'error', error: ERR.tieOnFibres, ref: 'tie-dist', detail })
    expect(sim.lastConsequences()).toEqual({ 'tie-dist': sim.setup.pinchLossDb })
    sim.secure('drop').storeSpares().placeAll().coil('dist').coil('drop')
    expect(reading(sim)).toBeCloseTo(reading(clean) - sim.setup.pinchLossDb, 9)
    // Re-routing needs the tie off first.
    expectRefused(sim, (s) => s.route('dist'), 'cable-tied')
    sim.cut('tie-dist').route('dist').tie('dist')
    sim.expectOutcome({ kind: 'recovered', error: ERR.tieOnFibres, ref: 'tie-dist' })
    expect(reading(sim)).toBe(reading(clean))
    finishJob(sim)
    const finding = expectExplained(sim, ERR.tieOnFibres, { recovered: true, detail })
    expect(finding.level).toBe('critical')
    expect(sim.report().success).toBe(false)
  })

  it('a tie cut and not replaced: closing calls the tube loose', () => {
    const sim = coiled().cut('tie-dist').close()
    sim.expectOutcome({ kind: 'error', error: ERR.tieLoose, ref: 'tie-dist' })
    expect(sim.steps(STEP.secure('dist'))).toHaveLength(1)
    finishJob(sim)
    expect(sim.report().findings).toContainEqual(
      expect.objectContaining({ kind: 'missing-step', step: STEP.secure('dist') }),
    )
  })

  it('a tie cut and not replaced: the closing finding fills every placeholder of its message', () => {
    const sim = coiled().cut('tie-dist').close()
    finishJob(sim)
    const { secureN } = sim.setup.tie
    const finding = expectExplained(sim, ERR.tieLoose, {
      detail: { cable: 'dist', ...CABLE_WORDS.dist, forceN: 0, secureN },
    })
    expect(frenchMessage(finding)).toBe(
      `Câble mal tenu ${CABLE_WORDS.dist.cote} : collier à 0 N (au moins ${fr(secureN)} N).`,
    )
  })
})

describe('fibre laid over the sleeves (ST-E06)', () => {
  it('a lay whose straight dips over the holder crosses the sleeves; re-laid clear of them, it is recovered', () => {
    const sim = readyToCoil()
    const path = bulgeStraight(bobbinCoil('dist', sim.setup.slackMm.dist - 40, sim.endZ), -26)
    sim.coilPath('dist', path)
    const laid = sim.state.coils.dist!
    // The premise: the bend stays wide, so the crossing is the only fault.
    expect(laid.minRadiusMm).toBeGreaterThanOrEqual(classOf(sim).minRadiusMm)
    expect(laid.overSleevesMm).toBeGreaterThan(0)
    const detail = { cable: 'dist', ...CABLE_WORDS.dist, lengthMm: Math.round(laid.overSleevesMm) }
    sim.expectOutcome({ kind: 'error', error: ERR.overSleeves, ref: 'cross-dist', detail })
    expect(sim.errors()).toHaveLength(1)
    sim.coil('dist').expectOutcome({ kind: 'recovered', error: ERR.overSleeves, ref: 'cross-dist' })
    finishJob(sim.coil('drop'))
    const finding = expectExplained(sim, ERR.overSleeves, { recovered: true, detail })
    expect(finding.level).toBe('error')
    expect(sim.report().success).toBe(true)
  })

  it('the reference lays round the bobbins never cross the holder', () => {
    const sim = coiled()
    expect(sim.state.coils.dist!.overSleevesMm).toBe(0)
    expect(sim.state.coils.drop!.overSleevesMm).toBe(0)
    sim.expectNoErrors()
  })

  it('left crossing at closing: charged in full, raised once', () => {
    const sim = readyToCoil()
    sim.coilPath('dist', bulgeStraight(bobbinCoil('dist', sim.setup.slackMm.dist - 40, sim.endZ), -26))
    finishJob(sim.coil('drop'))
    expect(sim.errors(ERR.overSleeves)).toHaveLength(1)
    expect(errorFindings(sim.report(), ERR.overSleeves)[0]?.recovered).toBe(false)
  })
})

describe('the measurement and the label', () => {
  it.each([1310, 1550])(
    'measured at %s nm: RC-E01 warning, no RC-05; only a 1490 nm reading counts',
    (nm) => {
      const sim = coiled().close().label().connect().wavelength(nm).measure()
      sim.expectOutcome({ kind: 'error', error: ERR.wrongWavelength, detail: { nm } })
      expect(sim.steps(STEP.measure)).toEqual([])
      expect(sim.state.meter).toMatchObject({
        readAtNm: nm,
        readingDbm: round2(lineReadingDbm(sim.state, nm)!),
      })
      sim.finish()
      const finding = expectExplained(sim, ERR.wrongWavelength, { detail: { nm } })
      expect(finding.level).toBe('warning')
      expect(frenchMessage(finding)).toBe(
        `Mesure faite à ${nm.toLocaleString('fr')} nm : en GPON, le signal descendant est à 1490 nm.`,
      )
      const report = sim.report()
      expect(report.findings).toContainEqual(
        expect.objectContaining({ kind: 'missing-step', step: STEP.measure, level: 'error' }),
      )
      expect(report.success).toBe(false)
    },
  )

  it('the meter starts at 1310 nm: measuring without setting it is the classic slip', () => {
    const sim = coiled().close().label().connect().measure()
    sim.expectOutcome({ kind: 'error', error: ERR.wrongWavelength, detail: { nm: 1310 } })
    // Set right and measured again: RC-05 is done, the warning stays charged.
    sim.wavelength(MEASURE_NM).measure().expectOutcome({ kind: 'step', step: STEP.measure })
    sim.finish()
    expectExplained(sim, ERR.wrongWavelength, { detail: { nm: 1310 } })
    expect(sim.report().success).toBe(true)
  })

  it('a wrong label: ST-E11 with the text stuck on; the right one replaces it and recovers', () => {
    const sim = coiled().close().label({ correct: false })
    const wrong = sim.state.labels.find((l) => !l.correct)!
    const detail = { text: wrong.text }
    sim.expectOutcome({ kind: 'error', error: ERR.wrongLabel, ref: 'label', detail })
    sim.expectOutcome({ kind: 'step', step: STEP.label })
    sim.label().expectOutcome({ kind: 'recovered', error: ERR.wrongLabel, ref: 'label' })
    sim.measureLine().finish()
    const finding = expectExplained(sim, ERR.wrongLabel, { recovered: true, detail })
    expect(frenchMessage(finding)).toBe(`Étiquette fausse sur la cassette : « ${wrong.text} ».`)
    expect(sim.report().success).toBe(true)
  })

  it('a wrong label left on: charged in full', () => {
    const sim = coiled().close().label({ correct: false }).measureLine().finish()
    expectExplained(sim, ERR.wrongLabel, { detail: { text: sim.state.labels.find((l) => !l.correct)!.text } })
  })
})

describe('what the trainee reads', () => {
  it('French messages name the cable and the fibres in French, never by the model’s ids', () => {
    const tight = readyToCoil().tightCoil('dist', 10).coil('drop').close().label().measureLine().finish()
    const pinched = readyToCoil()
    pinched
      .coilPath('drop', loopLay('drop', 40, pinched.endZ))
      .coil('dist')
      .close()
      .label()
      .finish()
    const cut = evaluation().secure('dist').secure('drop').cut('spares').finish()
    const texts = [tight, pinched, cut]
      .flatMap((sim) => sim.report().findings)
      .filter((f) => f.kind === 'error')
      .map(frenchMessage)
    expect(texts.length).toBeGreaterThanOrEqual(3)
    expect(texts.filter((text) => /\b(dist|drop|spares)\b/.test(text))).toEqual([])
    // Nor a placeholder left unfilled ("Fibre coupée ({{quoi}})").
    expect(texts.filter((text) => /\{\{|\}\}/.test(text))).toEqual([])
  })
})
