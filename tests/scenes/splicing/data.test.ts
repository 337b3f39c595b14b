import { describe, expect, it } from 'vitest'
import { parseExercise, parseProcedure } from '../../../src/engine/validate.ts'
import {
  ERR,
  SIDES,
  SPLICING_EXERCISES,
  SPLICING_PROCEDURES,
  STEP,
  parseSplicingSetup,
} from '../../../scenes/splicing/index.ts'
import type { SplicingSetup } from '../../../scenes/splicing/index.ts'
import { exerciseById, placeholders, procedureFor, simFor, splicingSim, withSetup } from './sim.ts'

const setupOf = (exerciseId: string): SplicingSetup => {
  const exercise = SPLICING_EXERCISES.find((candidate) => candidate.id === exerciseId)
  const parsed = parseSplicingSetup(exercise?.setup)
  if (!parsed.ok) throw new Error(`${exerciseId}: ${JSON.stringify(parsed.issues)}`)
  return parsed.value
}

/** Every step id the model can emit: the station's own steps and each side's preparation. */
const MODEL_STEPS = [
  STEP.glasses,
  STEP.sleeve,
  ...SIDES.flatMap((side) => [
    STEP.strip(side),
    STEP.clean(side),
    STEP.cleave(side),
    STEP.scrap(side),
    STEP.load(side),
  ]),
  STEP.arc,
  STEP.decide,
  STEP.proof,
  STEP.centre,
  STEP.heat,
]

const paramOf = (exerciseId: string, stepId: string, paramId: string) => {
  const step = procedureFor(exerciseById(exerciseId)).steps.find((s) => s.id === stepId)
  const param = step?.params?.find((p) => p.id === paramId)
  if (!param) throw new Error(`${exerciseId}: no parameter ${stepId}.${paramId}`)
  return param
}

describe('splicing data files', () => {
  describe.each(SPLICING_EXERCISES.map((exercise) => [exercise.id, exercise] as const))(
    'exercise %s',
    (id, exercise) => {
      it('is a valid exercise record of this scene', () => {
        expect(parseExercise(exercise)).toEqual({ ok: true, value: exercise })
        expect(exercise.scene).toBe('splicing')
      })

      it('has a valid scene setup', () => {
        expect(parseSplicingSetup(exercise.setup)).toEqual({ ok: true, value: exercise.setup })
      })

      it('names an existing procedure version of the same scene', () => {
        const procedure = procedureFor(exercise)
        expect(procedure.version).toBe(exercise.procedure.version)
        expect(procedure.scene).toBe(exercise.scene)
      })

      it('gives the model the thresholds its procedure grades against', () => {
        const setup = setupOf(id)
        expect(paramOf(id, STEP.strip('L'), 'stripLengthMm').target).toBe(setup.stripTargetMm)
        expect(paramOf(id, STEP.cleave('R'), 'cleaveLengthMm').target).toBe(setup.cleaveLengthMm)
        // The splicer refuses above the limit: the parameter gives no credit from there on either.
        expect(paramOf(id, STEP.cleave('L'), 'cleaveAngleDeg').limit).toBe(setup.cleaveAngleLimitDeg)
        expect(paramOf(id, STEP.arc, 'lossDb').tol).toBe(setup.lossThresholdDb)
        const sleeveStep = procedureFor(exercise).steps.find((s) => s.id === STEP.sleeve)
        expect(sleeveStep?.label.fr).toContain(`${setup.sleeveLengthMm} mm`)
      })

      it('keeps its numbers inside the trade’s ranges (docs/DOMAIN.md)', () => {
        const setup = setupOf(id)
        expect(setup.cleaveLengthMm).toBeGreaterThanOrEqual(10)
        expect(setup.cleaveLengthMm).toBeLessThanOrEqual(16)
        expect(setup.stripTargetMm).toBeGreaterThanOrEqual(30)
        expect(setup.stripTargetMm).toBeLessThanOrEqual(40)
        expect(setup.heatCycleS).toBeGreaterThanOrEqual(16)
        expect(setup.heatCycleS).toBeLessThanOrEqual(26)
        expect([0.1, 0.2]).toContain(setup.lossThresholdDb)
        // A 40 mm slim sleeve shrinks in 16 s, a 60 mm one in 24 s (Fujikura 26S datasheet).
        expect(setup.heatCycleS).toBe(setup.sleeveLengthMm === 40 ? 16 : 24)
        // The textbook strip leaves room for the cleave and for the cleaver's far clamp.
        expect(setup.stripTargetMm).toBeGreaterThan(setup.cleaveLengthMm)
        // The default two-stroke strip breaks nothing: a half strip is within the stroke limit.
        expect(setup.stripTargetMm / 2).toBeLessThanOrEqual(setup.maxPullMm)
      })
    },
  )

  it('has unique exercise ids', () => {
    const ids = SPLICING_EXERCISES.map((exercise) => exercise.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('practice-40 joins a G.657 fibre to a G.652 fibre: two different mode fields', () => {
    const { left, right } = setupOf('splicing.practice-40')
    expect(left.mfdUm).not.toBe(right.mfdUm)
  })

  describe.each(SPLICING_PROCEDURES.map((procedure) => [procedure.id, procedure] as const))(
    'procedure %s',
    (_, procedure) => {
      it('passes the procedure schema and the cross-field rules', () => {
        expect(parseProcedure(procedure)).toEqual({ ok: true, value: procedure })
      })

      it('catalogues every error the model can raise, and only those', () => {
        expect(procedure.errors.map((error) => error.id).sort()).toEqual(Object.values(ERR).sort())
      })

      it('has exactly the steps the model emits, so every step can be done', () => {
        expect(procedure.steps.map((step) => step.id).sort()).toEqual(MODEL_STEPS.slice().sort())
      })

      it('never charges a recovered error more than an unrecovered one', () => {
        for (const error of procedure.errors)
          expect(error.recoveredPenalty).toBeLessThanOrEqual(error.penalty)
      })

      it('makes every safety breach critical', () => {
        const level = (id: string) => procedure.errors.find((error) => error.id === id)?.level
        expect(level(ERR.noGlasses)).toBe('critical')
        expect(level(ERR.scrapLeft)).toBe('critical')
      })

      it('says the same placeholders in French and English, side names aside ({{cote}} / {{side}})', () => {
        const normalise = (names: string[]) => names.map((n) => (n === 'cote' ? 'side' : n)).sort()
        for (const error of procedure.errors)
          expect(normalise(placeholders(error.message.fr)), error.id).toEqual(
            normalise(placeholders(error.message.en)),
          )
      })

      it('lets the left and right fibres be prepared in any order or interleaved', () => {
        const sideOf = (step: string) => /-(L|R)$/.exec(step)?.[1]
        for (const [before, after] of procedure.precedence) {
          const sides = [sideOf(before), sideOf(after)]
          expect(sides.includes('L') && sides.includes('R'), `${before} → ${after}`).toBe(false)
        }
      })
    },
  )

  it('has unique procedure versions', () => {
    const labels = SPLICING_PROCEDURES.map((procedure) => `${procedure.id}@${procedure.version}`)
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('rejects a setup with a sleeve length the trade does not use, naming the field', () => {
    const parsed = parseSplicingSetup({ ...setupOf('splicing.evaluation'), sleeveLengthMm: 50 })
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.issues).toContainEqual(expect.objectContaining({ path: 'sleeveLengthMm' }))
  })

  it('the model refuses to start on an invalid setup, naming the exercise', () => {
    const broken = withSetup('splicing.evaluation', { spareMm: -1 })
    expect(() => simFor(broken)).toThrow(/splicing\.evaluation.*spareMm/)
  })
})

/**
 * Numbers tagged [I] in docs/reference/domain-procedures.md are proposals a trainer can change: they
 * live in the exercise setup, and changing them there changes what the model does.
 */
describe('[I] numbers live in the exercise setup, not in the model', () => {
  const EXERCISE = 'splicing.evaluation'

  it('cleave angle limit: a cleave the default limit refuses passes a more lenient one', () => {
    const tilt = { tiltDeg: 2.4 } // adds 1.2° to a precision cleave: above 1.0°, below 2.0°
    const strict = splicingSim(EXERCISE)
      .glasses()
      .threadSleeve('L')
      .prepare('L', { cleave: tilt })
      .prepare('R')
      .closeUp()
      .arc()
    strict.expectOutcome({ kind: 'error', error: ERR.badCleave, ref: 'L' })
    const lenient = simFor(withSetup(EXERCISE, { cleaveAngleLimitDeg: 2 }))
      .glasses()
      .threadSleeve('L')
      .prepare('L', { cleave: tilt })
      .prepare('R')
      .closeUp()
      .arc()
    lenient.expectOutcome({ kind: 'step', step: STEP.arc })
  })

  it('spare length: with less spare, fewer breaks make the fibre too short', () => {
    const strip = { lengthMm: 35, offAxisDeg: 30 }
    const breaksUntilShort = (spareMm: number) => {
      const sim = simFor(withSetup(EXERCISE, { spareMm })).glasses()
      for (let n = 1; n <= 10; n++) {
        sim.strip('L', strip)
        if (sim.errors(ERR.tooShort).length > 0) return n
      }
      return Infinity
    }
    // Too short once the fibre lost more than the spare: the first n with n · 35 mm > spare.
    expect(breaksUntilShort(120)).toBe(4)
    expect(breaksUntilShort(50)).toBe(2)
  })

  it('stroke limit and off-axis limit: what breaks the fibre follows the setup', () => {
    const oneStroke = { lengthMm: 35, pulls: 1 }
    splicingSim(EXERCISE).glasses().strip('L', oneStroke).expectOutcome({ kind: 'error', error: ERR.broken })
    simFor(withSetup(EXERCISE, { maxPullMm: 40 }))
      .glasses()
      .strip('L', oneStroke)
      .expectOutcome({ kind: 'step', step: STEP.strip('L') })
    const offAxis = { offAxisDeg: 20 }
    splicingSim(EXERCISE).glasses().strip('L', offAxis).expectOutcome({ kind: 'error', error: ERR.broken })
    simFor(withSetup(EXERCISE, { breakOffAxisDeg: 25 }))
      .glasses()
      .strip('L', offAxis)
      .expectOutcome({ kind: 'step', step: STEP.strip('L') })
  })

  it('cooling time: the same wait is a hot sleeve with the default, fine with a shorter one', () => {
    const protectAfter = (sim: ReturnType<typeof splicingSim>, waitS: number) =>
      sim.spliceBoth().accept().openCover().slideSleeve(0).heaterIn().wait(waitS).heaterOut()
    const { heatCycleS, coolS } = setupOf(EXERCISE)
    const waitS = heatCycleS + coolS / 2
    protectAfter(splicingSim(EXERCISE), waitS).expectOutcome({ kind: 'error', error: ERR.hotSleeve })
    const shortCool = protectAfter(simFor(withSetup(EXERCISE, { coolS: coolS / 4 })), waitS)
    expect(shortCool.lastOutcomes.filter((o) => o.kind === 'error')).toEqual([])
  })

  it('sleeve overlap: asking for more coating under the sleeve leaves less margin to centre it', () => {
    const centredOff = (sim: ReturnType<typeof splicingSim>, offsetMm: number) =>
      sim.spliceBoth().accept().openCover().slideSleeve(offsetMm)
    const { sleeveOverlapMm } = setupOf(EXERCISE)
    // Default: (60 − 2 · 16) / 2 − 2 = 12 mm of margin; 10 mm off centre is within it.
    expect(centredOff(splicingSim(EXERCISE), 10).errors(ERR.bareGlass)).toEqual([])
    const strict = centredOff(simFor(withSetup(EXERCISE, { sleeveOverlapMm: sleeveOverlapMm + 3 })), 10)
    strict.expectOutcome({ kind: 'error', error: ERR.bareGlass, detail: { offsetMm: 10, marginMm: 9 } })
  })

  it('loss threshold: the same splice is redone under a strict threshold, kept under a loose one', () => {
    const loss = splicingSim(EXERCISE).spliceBoth().state.splice?.lossDb ?? NaN
    expect(loss).toBeGreaterThan(0)
    const strict = simFor(withSetup(EXERCISE, { lossThresholdDb: loss / 2 }))
      .spliceBoth()
      .accept()
    strict.expectOutcome({ kind: 'error', error: ERR.acceptedBad })
    const loose = simFor(withSetup(EXERCISE, { lossThresholdDb: loss }))
      .spliceBoth()
      .accept()
    loose.expectOutcome({ kind: 'step', step: STEP.decide })
  })
})
