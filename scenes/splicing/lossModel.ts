/**
 * Estimated splice loss from what the trainee actually did, by Gaussian-mode approximations (Marcuse)
 * for single-mode fibre at 1310 nm (docs/DOMAIN.md, "Physical model for the estimated loss").
 * Pure and deterministic: the same inputs always give the same loss.
 */
import { db } from '../../src/engine/units.ts'
import type { Db } from '../../src/engine/units.ts'

/** 10·log10(e): converts the Gaussian overlap's exponent into decibels. */
const NEPER_TO_DB = 4.343

/** Lateral offset d between the cores, mode-field radius w: α = 4.343 (d / w)² dB. */
export function offsetLossDb(offsetUm: number, modeFieldRadiusUm: number): Db {
  return db(NEPER_TO_DB * (offsetUm / modeFieldRadiusUm) ** 2)
}

/** Mode-field mismatch between radii w1 and w2: α = −20·log10(2·w1·w2 / (w1² + w2²)) dB. */
export function mismatchLossDb(w1Um: number, w2Um: number): Db {
  return db(-20 * Math.log10((2 * w1Um * w2Um) / (w1Um ** 2 + w2Um ** 2)))
}

/**
 * Cleave angles θ1, θ2 tilt the end faces: below the splicer's limit the arc mostly fuses the faces,
 * leaving a loss that grows with (θ1 + θ2)². TEACHING APPROXIMATION, not a sourced formula: the
 * constant is chosen so that two good precision cleaves (0.5° each) cost 0.04 dB and two cleaves at a
 * 1.0° limit cost 0.16 dB, in line with "precision cleave ≈ 0.01–0.05 dB, poor cleave ≈ 0.1 dB and up"
 * (docs/reference/domain-procedures.md §3a).
 */
export const ANGLE_LOSS_DB_PER_DEG2 = 0.04

export function angleLossDb(leftAngleDeg: number, rightAngleDeg: number): Db {
  return db(ANGLE_LOSS_DB_PER_DEG2 * (Math.abs(leftAngleDeg) + Math.abs(rightAngleDeg)) ** 2)
}

/**
 * Contamination that got past the splicer's check (a badly wiped fibre) burns into a bubble: the
 * operator rule says any bubble means redo; as loss, a large fixed step [I].
 */
export const BUBBLE_LOSS_DB = 0.45

export type SpliceInputs = {
  /** Residual core offset after alignment, µm (core alignment leaves ≈ 0.1–0.3 µm). */
  offsetUm: number
  leftMfdUm: number
  rightMfdUm: number
  leftAngleDeg: number
  rightAngleDeg: number
  bubble: boolean
}

export type SpliceLoss = { lossDb: Db; parts: { offset: Db; mismatch: Db; angle: Db; bubble: Db } }

export function estimateSpliceLoss(inputs: SpliceInputs): SpliceLoss {
  const w1 = inputs.leftMfdUm / 2
  const w2 = inputs.rightMfdUm / 2
  // The offset term uses the mean mode-field radius: with equal fibres it is exactly Marcuse's formula.
  const parts = {
    offset: offsetLossDb(inputs.offsetUm, (w1 + w2) / 2),
    mismatch: mismatchLossDb(w1, w2),
    angle: angleLossDb(inputs.leftAngleDeg, inputs.rightAngleDeg),
    bubble: db(inputs.bubble ? BUBBLE_LOSS_DB : 0),
  }
  const total = parts.offset + parts.mismatch + parts.angle + parts.bubble
  // The splicer shows hundredths of a dB.
  return { lossDb: db(Math.round(total * 100) / 100), parts }
}
