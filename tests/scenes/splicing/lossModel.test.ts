import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { replay } from '../../../src/engine/replay.ts'
import {
  ANGLE_LOSS_DB_PER_DEG2,
  BUBBLE_LOSS_DB,
  angleLossDb,
  estimateSpliceLoss,
  mismatchLossDb,
  offsetLossDb,
} from '../../../scenes/splicing/lossModel.ts'
import type { SpliceInputs } from '../../../scenes/splicing/lossModel.ts'
import { STEP, splicingModel } from '../../../scenes/splicing/index.ts'
import { exerciseById, simFor, splicingSim, withSetup } from './sim.ts'

const EVALUATION = 'splicing.evaluation'

/** Two G.652 fibres (MFD 9.2 µm), square cleaves, perfect alignment, clean: no loss at all. */
const IDEAL: SpliceInputs = {
  offsetUm: 0,
  leftMfdUm: 9.2,
  rightMfdUm: 9.2,
  leftAngleDeg: 0,
  rightAngleDeg: 0,
  bubble: false,
}

const offsetArb = fc.double({ min: 0, max: 2, noNaN: true })
const angleArb = fc.double({ min: 0, max: 2, noNaN: true })
const mfdArb = fc.double({ min: 7, max: 11, noNaN: true })
const inputsArb: fc.Arbitrary<SpliceInputs> = fc.record({
  offsetUm: offsetArb,
  leftMfdUm: mfdArb,
  rightMfdUm: mfdArb,
  leftAngleDeg: angleArb,
  rightAngleDeg: angleArb,
  bubble: fc.boolean(),
})

describe('the formulas of docs/DOMAIN.md, for chosen inputs', () => {
  it('lateral offset (Marcuse): 4.343 · (d / w)²; 0.5 µm on w = 4.6 µm ≈ 0.0513 dB', () => {
    expect(offsetLossDb(0.5, 4.6)).toBeCloseTo(4.343 * (0.5 / 4.6) ** 2, 12)
    expect(offsetLossDb(0.5, 4.6)).toBeCloseTo(0.0513, 4)
    // Core alignment's residual 0.1–0.3 µm costs 0.002–0.019 dB on G.652.
    expect(offsetLossDb(0.1, 4.6)).toBeCloseTo(0.00205, 5)
    expect(offsetLossDb(0.3, 4.6)).toBeCloseTo(0.01847, 5)
    expect(offsetLossDb(0, 4.6)).toBe(0)
  })

  it('mode-field mismatch: −20·log10(2·w1·w2 / (w1² + w2²)); G.652 (9.2 µm) to G.657 (8.6 µm) ≈ 0.0197 dB', () => {
    // 2 · 4.6 · 4.3 = 39.56; 4.6² + 4.3² = 39.65
    expect(mismatchLossDb(4.6, 4.3)).toBeCloseTo(-20 * Math.log10(39.56 / 39.65), 12)
    expect(mismatchLossDb(4.6, 4.3)).toBeCloseTo(0.0197, 4)
    expect(mismatchLossDb(4.3, 4.6)).toBeCloseTo(mismatchLossDb(4.6, 4.3), 15)
    expect(mismatchLossDb(4.6, 4.6)).toBeCloseTo(0, 15)
  })

  it('cleave angles: a teaching term 0.04 · (θ1 + θ2)²: two 0.5° cleaves 0.04 dB, two at the 1.0° limit 0.16 dB', () => {
    expect(ANGLE_LOSS_DB_PER_DEG2).toBe(0.04)
    expect(angleLossDb(0.5, 0.5)).toBeCloseTo(0.04, 12)
    expect(angleLossDb(1, 1)).toBeCloseTo(0.16, 12)
    expect(angleLossDb(0.3, 0.7)).toBeCloseTo(0.04, 12)
    // A tilt either way is a tilt.
    expect(angleLossDb(-0.5, 0.5)).toBeCloseTo(angleLossDb(0.5, 0.5), 12)
    expect(angleLossDb(0, 0)).toBe(0)
  })

  it('the estimate adds the terms, uses the mean mode-field radius for the offset, and shows hundredths', () => {
    const inputs: SpliceInputs = {
      offsetUm: 0.5,
      leftMfdUm: 9.2,
      rightMfdUm: 8.6,
      leftAngleDeg: 0.4,
      rightAngleDeg: 0.6,
      bubble: false,
    }
    const offset = 4.343 * (0.5 / ((4.6 + 4.3) / 2)) ** 2 // ≈ 0.0548
    const mismatch = -20 * Math.log10((2 * 4.6 * 4.3) / (4.6 ** 2 + 4.3 ** 2)) // ≈ 0.0197
    const angle = 0.04 * (0.4 + 0.6) ** 2 // 0.04
    const { lossDb, parts } = estimateSpliceLoss(inputs)
    expect(parts.offset).toBeCloseTo(offset, 12)
    expect(parts.mismatch).toBeCloseTo(mismatch, 12)
    expect(parts.angle).toBeCloseTo(angle, 12)
    expect(parts.bubble).toBe(0)
    expect(lossDb).toBe(Math.round((offset + mismatch + angle) * 100) / 100)
    expect(lossDb).toBe(0.11)
  })

  it('with equal fibres the offset term is exactly Marcuse’s formula', () => {
    expect(estimateSpliceLoss({ ...IDEAL, offsetUm: 0.5 }).parts.offset).toBe(offsetLossDb(0.5, 4.6))
    expect(estimateSpliceLoss({ ...IDEAL, offsetUm: 0.5 }).lossDb).toBe(0.05)
  })

  it('a bubble adds its fixed step: any bubble is above every threshold in use', () => {
    const { lossDb, parts } = estimateSpliceLoss({ ...IDEAL, bubble: true })
    expect(parts.bubble).toBe(BUBBLE_LOSS_DB)
    expect(lossDb).toBe(BUBBLE_LOSS_DB)
    expect(BUBBLE_LOSS_DB).toBeGreaterThan(0.2)
  })

  it('a perfect splice of identical fibres costs nothing', () => {
    expect(estimateSpliceLoss(IDEAL).lossDb).toBe(0)
  })
})

describe('properties of the estimate', () => {
  const loss = (inputs: SpliceInputs) => estimateSpliceLoss(inputs).lossDb

  it('is deterministic: the same inputs give the same loss and parts', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        expect(estimateSpliceLoss({ ...inputs })).toEqual(estimateSpliceLoss(inputs))
      }),
    )
  })

  it('is rounded to hundredths of a dB, within half a hundredth of the sum of its parts', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const { lossDb, parts } = estimateSpliceLoss(inputs)
        const sum = parts.offset + parts.mismatch + parts.angle + parts.bubble
        expect(Math.abs(lossDb * 100 - Math.round(lossDb * 100))).toBeLessThan(1e-9)
        expect(Math.abs(lossDb - sum)).toBeLessThanOrEqual(0.005 + 1e-12)
        expect(lossDb).toBeGreaterThanOrEqual(0)
      }),
    )
  })

  it('never decreases with the core offset', () => {
    fc.assert(
      fc.property(inputsArb, offsetArb, offsetArb, (inputs, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a]
        expect(loss({ ...inputs, offsetUm: small })).toBeLessThanOrEqual(loss({ ...inputs, offsetUm: large }))
      }),
    )
  })

  it('never decreases with either cleave angle', () => {
    fc.assert(
      fc.property(inputsArb, angleArb, angleArb, fc.boolean(), (inputs, a, b, left) => {
        const [small, large] = a <= b ? [a, b] : [b, a]
        const key = left ? 'leftAngleDeg' : 'rightAngleDeg'
        expect(loss({ ...inputs, [key]: small })).toBeLessThanOrEqual(loss({ ...inputs, [key]: large }))
      }),
    )
  })

  it('never decreases as the two mode fields grow apart', () => {
    fc.assert(
      fc.property(
        inputsArb,
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        fc.boolean(),
        (inputs, a, b, wider) => {
          const [near, far] = a <= b ? [a, b] : [b, a]
          const sign = wider ? 1 : -1
          const term = (gap: number) => mismatchLossDb(4.6, 4.6 + sign * gap)
          // The raw term, up to floating-point noise; the shown estimate exactly.
          expect(term(near)).toBeLessThanOrEqual(term(far) + 1e-12)
          // Through the estimate, with no offset (whose term uses the mean radius) to blur it.
          const at = (gap: number) =>
            loss({ ...inputs, offsetUm: 0, leftMfdUm: 9.2, rightMfdUm: 9.2 + sign * 2 * gap })
          expect(at(near)).toBeLessThanOrEqual(at(far))
        },
      ),
    )
  })

  it('is symmetric: swapping the left and right fibres changes nothing', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const swapped = {
          ...inputs,
          leftMfdUm: inputs.rightMfdUm,
          rightMfdUm: inputs.leftMfdUm,
          leftAngleDeg: inputs.rightAngleDeg,
          rightAngleDeg: inputs.leftAngleDeg,
        }
        expect(loss(swapped)).toBeCloseTo(loss(inputs), 12)
      }),
    )
  })
})

/**
 * Through the model. The RNG is drawn once per cleave and once per arc whatever the gestures'
 * parameters, so two runs with the same seed and the same gesture types draw the same numbers: the
 * tilt changes the angle and nothing else, and a monotonic statement holds gesture for gesture.
 */
describe('the loss the splicer shows responds to what the trainee did', () => {
  const spliceWithTilt = (seed: number, tiltL: number, tiltR = 0) =>
    splicingSim(EVALUATION, { seed })
      .glasses()
      .threadSleeve('L')
      .prepare('L', { cleave: { tiltDeg: tiltL } })
      .prepare('R', { cleave: { tiltDeg: tiltR } })
      .closeUp()
      .arc()

  it('the same log gives the same loss: a replay of the gestures reproduces the splice', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ min: 0, max: 1, noNaN: true }), (seed, tilt) => {
        const sim = spliceWithTilt(seed, tilt)
        const replayed = replay(splicingModel, exerciseById(EVALUATION), seed, sim.gestures)
        expect(replayed.state).toEqual(sim.state)
        expect(replayed.outcomes).toEqual(sim.outcomes)
        expect(spliceWithTilt(seed, tilt).state.splice).toEqual(sim.state.splice)
      }),
      { numRuns: 50 },
    )
  })

  it('the loss is what the loss model gives for the measured angles and a core offset of 0.1–0.3 µm', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const sim = spliceWithTilt(seed, 0)
        const { L, R } = sim.state.ends
        const { left, right } = sim.setup
        const at = (offsetUm: number) =>
          estimateSpliceLoss({
            offsetUm,
            leftMfdUm: left.mfdUm,
            rightMfdUm: right.mfdUm,
            leftAngleDeg: L.cleave?.angleDeg ?? NaN,
            rightAngleDeg: R.cleave?.angleDeg ?? NaN,
            bubble: false,
          }).lossDb
        const lossDb = sim.state.splice?.lossDb ?? NaN
        expect(lossDb).toBeGreaterThanOrEqual(at(0.1))
        expect(lossDb).toBeLessThanOrEqual(at(0.3))
        sim.expectOutcome({ kind: 'step', step: STEP.arc, measured: { lossDb } })
        sim.expectOutcome({ kind: 'consequence', key: 'spliceLossDb', value: lossDb, unit: 'dB' })
      }),
      { numRuns: 50 },
    )
  })

  it('a larger tilt at the cleaver never gives a smaller loss, for the same seed', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (seed, a, b) => {
          const [small, large] = a <= b ? [a, b] : [b, a]
          const gentle = spliceWithTilt(seed, small)
          const rough = spliceWithTilt(seed, large)
          expect(rough.state.ends.L.cleave?.angleDeg).toBeGreaterThanOrEqual(
            gentle.state.ends.L.cleave?.angleDeg ?? NaN,
          )
          // A cleave the splicer refuses at a small tilt is refused at a larger one too.
          if (gentle.state.splice === null) expect(rough.state.splice).toBeNull()
          if (gentle.state.splice && rough.state.splice)
            expect(rough.state.splice.lossDb).toBeGreaterThanOrEqual(gentle.state.splice.lossDb)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('a larger mode-field difference between the fibres never gives a smaller loss, for the same seed', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0, max: 1.8, noNaN: true }),
        fc.double({ min: 0, max: 1.8, noNaN: true }),
        (seed, a, b) => {
          const [near, far] = a <= b ? [a, b] : [b, a]
          const spliceOf = (gap: number) => {
            const { left } = exerciseById(EVALUATION).setup as { left: { number: number; mfdUm: number } }
            const exercise = withSetup(EVALUATION, { right: { ...left, mfdUm: left.mfdUm - gap } })
            return simFor(exercise, { seed })
              .glasses()
              .threadSleeve('L')
              .prepare('L')
              .prepare('R')
              .closeUp()
              .arc().state.splice?.lossDb
          }
          expect(spliceOf(near)).toBeLessThanOrEqual(spliceOf(far) ?? NaN)
        },
      ),
      { numRuns: 100 },
    )
  })

  it('a bubble appears only where a fibre was badly wiped, and costs at least the bubble’s loss', () => {
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (seed, badLeft) => {
        const sim = splicingSim(EVALUATION, { seed }).glasses().threadSleeve('L')
        const side = badLeft ? 'L' : 'R'
        sim.strip(side).wipe(side, { towardTip: false }).cleave(side).binScrap(side).load(side)
        sim
          .prepare(badLeft ? 'R' : 'L')
          .closeUp()
          .arc()
        expect(sim.state.splice?.bubble).toBe(true)
        expect(sim.state.splice?.lossDb).toBeGreaterThanOrEqual(BUBBLE_LOSS_DB)
        expect(spliceWithTilt(seed, 0).state.splice?.bubble).toBe(false)
      }),
      { numRuns: 50 },
    )
  })
})
