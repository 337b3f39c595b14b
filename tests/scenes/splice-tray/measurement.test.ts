import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIBRE_CLASSES } from '../../../scenes/common/macrobend.ts'
import { estimateSpliceLoss } from '../../../scenes/splicing/lossModel.ts'
import {
  bobbinCoil,
  decodePath,
  encodePath,
  MAX_TIGHT_RADIUS_MM,
  layFibre,
  tightCoil,
} from '../../../scenes/splice-tray/coilPath.ts'
import {
  ERR,
  MEASURE_NM,
  STEP,
  costs,
  lineReadingDbm,
  totalCostDb,
} from '../../../scenes/splice-tray/index.ts'
import type { SpliceTraySetup } from '../../../scenes/splice-tray/index.ts'
import { CABLES } from '../../../scenes/splice-tray/layout.ts'
import type { CableId, PointMm } from '../../../scenes/splice-tray/layout.ts'
import { round2 } from './findings.ts'
import { loopLay } from './paths.ts'
import { spliceTraySim } from './sim.ts'
import type { SpliceTraySim } from './sim.ts'

const G652 = 'splice-tray.g652'
const GUIDED = 'splice-tray.guided'

const evaluation = (id: string) => spliceTraySim(id, { mode: 'evaluation' })

/** The splice as the splicing scene's loss model prices it, from the exercise's splice inputs. */
const spliceLossOf = (setup: SpliceTraySetup) =>
  estimateSpliceLoss({
    offsetUm: setup.splice.offsetUm,
    leftMfdUm: setup.splice.distMfdUm,
    rightMfdUm: setup.splice.dropMfdUm,
    leftAngleDeg: setup.splice.angleDeg,
    rightAngleDeg: setup.splice.angleDeg,
    bubble: false,
  }).lossDb

type Job = {
  exercise: string
  /** Tight coil on the distribution side at this radius; null: round the bobbins. */
  distRadiusMm: number | null
  /** Lay the drop's fibre short (most of its slack hanging): pinched at closing. */
  dropShort: boolean
  tieN: Record<CableId, number>
}

/** The lays a job draws, as the gesture carries them. */
function laysOf(sim: SpliceTraySim, job: Job): Record<CableId, PointMm[]> {
  const { slackMm } = sim.setup
  return {
    dist:
      job.distRadiusMm === null
        ? bobbinCoil('dist', slackMm.dist - 10, sim.endZ)
        : tightCoil('dist', slackMm.dist - 10, job.distRadiusMm, sim.endZ),
    drop: job.dropShort ? loopLay('drop', 40, sim.endZ) : bobbinCoil('drop', slackMm.drop - 10, sim.endZ),
  }
}

/** Everything done, with the job's costs, then measured at 1490 nm. */
function run(job: Job): SpliceTraySim {
  const sim = evaluation(job.exercise)
    .secure('dist', { forceN: job.tieN.dist })
    .secure('drop', { forceN: job.tieN.drop })
    .storeSpares()
    .placeAll()
  const lays = laysOf(sim, job)
  return sim.coilPath('dist', lays.dist).coilPath('drop', lays.drop).close().label().measureLine()
}

/**
 * What the line should lose, worked out apart from the model: the splice by the splicing loss model, each
 * tie by its force over the crushing limit, each coil by laying the path the gesture carried, and the
 * cover by the setup's pinch loss for every coil left hanging or outside.
 */
function expectedCosts(sim: SpliceTraySim, job: Job) {
  const { setup } = sim
  const fibreClass = FIBRE_CLASSES[setup.fibreClass]
  const lays = laysOf(sim, job)
  const laid = Object.fromEntries(
    CABLES.map((cable) => {
      const result = layFibre(cable, decodePath(encodePath(lays[cable]))!, fibreClass)
      if (!result.ok) throw new Error(`the ${cable} lay must be accepted`)
      return [cable, result.fibre]
    }),
  ) as Record<CableId, Extract<ReturnType<typeof layFibre>, { ok: true }>['fibre']>
  const crush = (cable: CableId) => Math.max(0, job.tieN[cable] - setup.tie.pinchN) * setup.tie.lossDbPerN
  const hanging = (cable: CableId) =>
    laid[cable].outsideMm > 0 || setup.slackMm[cable] - laid[cable].lengthMm > setup.tuckMm
  return {
    splice: spliceLossOf(setup),
    tieDist: crush('dist'),
    tieDrop: crush('drop'),
    coilDist: laid.dist.macrobendDb,
    coilDrop: laid.drop.macrobendDb,
    pinch: CABLES.filter(hanging).length * setup.pinchLossDb,
  }
}

const JOBS: Job[] = [
  { exercise: G652, distRadiusMm: 14, dropShort: true, tieN: { dist: 90, drop: 40 } },
  { exercise: G652, distRadiusMm: 12, dropShort: false, tieN: { dist: 75, drop: 70 } },
  { exercise: G652, distRadiusMm: null, dropShort: true, tieN: { dist: 40, drop: 130 } },
  { exercise: GUIDED, distRadiusMm: 8, dropShort: true, tieN: { dist: 100, drop: 40 } },
  { exercise: GUIDED, distRadiusMm: 10, dropShort: false, tieN: { dist: 61.5, drop: 59 } },
]

describe('the measurement adds up exactly', () => {
  it.each(JOBS)(
    '$exercise, coil $distRadiusMm mm, drop short $dropShort, ties $tieN.dist/$tieN.drop N: budget minus every cost',
    (job) => {
      const sim = run(job)
      const expected = expectedCosts(sim, job)
      const c = costs(sim.state)
      for (const key of Object.keys(expected) as (keyof typeof expected)[])
        expect(c[key], key).toBeCloseTo(expected[key], 9)
      const totalDb =
        expected.splice +
        expected.tieDist +
        expected.tieDrop +
        expected.coilDist +
        expected.coilDrop +
        expected.pinch
      expect(totalCostDb(c)).toBeCloseTo(totalDb, 9)
      const exact = lineReadingDbm(sim.state, MEASURE_NM)!
      expect(exact).toBeCloseTo(sim.setup.linkBudgetDbm - totalDb, 9)
      // The meter shows hundredths, and RC-05 records what it showed.
      expect(sim.state.meter.readingDbm).toBe(round2(exact))
      expect(Math.abs(sim.state.meter.readingDbm! - (sim.setup.linkBudgetDbm - totalDb))).toBeLessThanOrEqual(
        0.005 + 1e-9,
      )
      sim.expectOutcome({ kind: 'step', step: STEP.measure, measured: { readingDbm: round2(exact) } })
      // Each of these jobs really costs something beyond the splice.
      expect(totalDb - expected.splice).toBeGreaterThan(0.1)
    },
  )

  it.each([G652, GUIDED, 'splice-tray.rework', 'splice-tray.evaluation'])(
    '%s: the splice costs what the splicing model says for its inputs, and the ideal reading is the target',
    (id) => {
      const sim = evaluation(id)
      const spliceDb = spliceLossOf(sim.setup)
      expect(spliceDb).toBeGreaterThan(0)
      expect(sim.state.spliceLossDb).toBe(spliceDb)
      expect(costs(sim.state).splice).toBe(spliceDb)
      const measure = sim.procedureData.steps.find((s) => s.id === STEP.measure)!
      const readingSpec = measure.params!.find((p) => p.id === 'readingDbm')!
      expect(readingSpec.target).toBeCloseTo(round2(sim.setup.linkBudgetDbm - spliceDb), 12)
      // Zero credit exactly where the line stops passing.
      expect(readingSpec.target - readingSpec.limit).toBeCloseTo(sim.setup.passDbm, 1)
    },
  )

  it('a clean cassette costs the splice and a few thousandths of macrobend, nothing else', () => {
    const sim = evaluation(G652).cleanRun()
    const c = costs(sim.state)
    expect(c).toMatchObject({ tieDist: 0, tieDrop: 0, pinch: 0 })
    expect(c.coilDist + c.coilDrop).toBeLessThan(0.01)
    expect(lineReadingDbm(sim.state, MEASURE_NM)!).toBeCloseTo(
      sim.setup.linkBudgetDbm - spliceLossOf(sim.setup) - c.coilDist - c.coilDrop,
      12,
    )
  })
})

describe('the pass threshold (RC-E02 at finish)', () => {
  /** A clean job whose tube tie is pulled to `forceN`, measured and finished. */
  const crushedJob = (forceN: number) =>
    evaluation(G652)
      .secure('dist', { forceN })
      .secure('drop')
      .storeSpares()
      .placeAll()
      .coil('dist')
      .coil('drop')
      .close()
      .label()
      .measureLine()
      .finish()

  it('a line left at or under passDbm fails at finish, a line above it does not', () => {
    // Objectif Fibre: more than −24 dBm at 1490 nm at the PTO (docs/DOMAIN.md).
    expect(evaluation(G652).setup.passDbm).toBe(-24)
    const verdicts = [60, 100, 140, 170, 175, 180, 185, 200, 240].map((forceN) => {
      const sim = crushedJob(forceN)
      const exact = lineReadingDbm(sim.state, MEASURE_NM)!
      const fails = exact <= sim.setup.passDbm
      const lineFails = sim.errors(ERR.lineFails)
      if (fails) {
        expect(lineFails).toEqual([
          expect.objectContaining({
            ref: 'line',
            seq: sim.gestures.length - 1,
            detail: { readingDbm: round2(exact), passDbm: sim.setup.passDbm },
          }),
        ])
        const report = sim.report()
        expect(report.criticalErrors).toBeGreaterThanOrEqual(1)
        expect(report.success).toBe(false)
      } else {
        expect(lineFails).toEqual([])
      }
      return fails
    })
    expect(verdicts).toContain(true)
    expect(verdicts).toContain(false)
    // The verdict changes once, where the crush eats the margin.
    expect(verdicts).toEqual(verdicts.slice().sort())
  })

  it('the threshold is judged at finish, measured or not: a line under it and never measured still fails', () => {
    const sim = evaluation(G652).secure('dist').secure('drop').storeSpares().placeAll()
    sim.tightCoil('dist', 8).coil('drop').close().label().finish()
    expect(lineReadingDbm(sim.state, MEASURE_NM)!).toBeLessThanOrEqual(sim.setup.passDbm)
    sim.expectOutcome({ kind: 'error', error: ERR.lineFails })
    expect(sim.report().success).toBe(false)
  })
})

describe('the reading as a function of the work (property)', () => {
  /** Everything sound except the tube's tie force and a tight tube-side coil. */
  const readingOf = (radiusMm: number, forceN: number) => {
    const sim = evaluation(G652)
      .secure('dist', { forceN })
      .secure('drop')
      .storeSpares()
      .placeAll()
      .tightCoil('dist', radiusMm)
      .coil('drop')
      .close()
    return { sim, dbm: lineReadingDbm(sim.state, MEASURE_NM)! }
  }
  /** The path solver behind a tight coil leaves float noise of 1e-11 dB: "not increasing" allows that. */
  const NOISE_DB = 1e-9

  it('never above budget − splice; non-increasing in tie force; non-decreasing in coil radius', () => {
    fc.assert(
      fc.property(
        // Tight coils are wound up to MAX_TIGHT_RADIUS_MM; above it the clamp makes them equal.
        fc.double({ min: 6, max: MAX_TIGHT_RADIUS_MM, noNaN: true }),
        fc.double({ min: 6, max: MAX_TIGHT_RADIUS_MM, noNaN: true }),
        fc.double({ min: 20, max: 200, noNaN: true }),
        fc.double({ min: 20, max: 200, noNaN: true }),
        (radiusA, radiusB, forceA, forceB) => {
          const [rLo, rHi] = radiusA <= radiusB ? [radiusA, radiusB] : [radiusB, radiusA]
          const [fLo, fHi] = forceA <= forceB ? [forceA, forceB] : [forceB, forceA]
          const base = readingOf(rLo, fLo)
          const ceiling = base.sim.setup.linkBudgetDbm - spliceLossOf(base.sim.setup)
          expect(base.dbm).toBeLessThanOrEqual(ceiling)
          expect(readingOf(rLo, fHi).dbm).toBeLessThanOrEqual(base.dbm + NOISE_DB)
          expect(readingOf(rHi, fLo).dbm).toBeGreaterThanOrEqual(base.dbm - NOISE_DB)
        },
      ),
      { numRuns: 60, seed: 4242 },
    )
  })

  it('the tie part is exactly linear over the crushing limit, nothing under it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 2000 }), (tenthsN) => {
        const forceN = tenthsN / 10
        const { sim, dbm } = readingOf(20, forceN)
        const { pinchN, lossDbPerN } = sim.setup.tie
        const reference = readingOf(20, pinchN).dbm
        expect(dbm).toBeCloseTo(reference - Math.max(0, forceN - pinchN) * lossDbPerN, 9)
      }),
      { numRuns: 40, seed: 7 },
    )
  })
})
