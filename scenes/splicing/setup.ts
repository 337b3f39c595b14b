/**
 * The scene-specific part of a fusion-splicing exercise: the two fibres, the thresholds a trainer may
 * change, and the consumables. Numbers tagged [I] in docs/reference/domain-procedures.md live here, as
 * exercise data, never as constants in the model.
 */
import { z } from 'zod/mini'
import { validateWith } from '../../src/engine/validate.ts'
import type { Validated } from '../../src/engine/validate.ts'
import { COLOUR_CODE_IDS } from '../common/colourCodes.ts'
import type { ColourCodeId } from '../common/colourCodes.ts'

const positive = z.number().check(z.gt(0))

const FibreSchema = z.object({
  /** Position in the cable's colour code (1–24), which gives the coating colour. */
  number: z.int().check(z.gte(1), z.lte(24)),
  /** Mode-field diameter at 1310 nm, µm (G.652.D ≈ 9.2; G.657.A1/A2 ≈ 8.6–9.2). */
  mfdUm: z.number().check(z.gte(7), z.lte(11)),
})

export const SplicingSetupSchema = z.object({
  colourCode: z.enum(COLOUR_CODE_IDS as [ColourCodeId, ...ColourCodeId[]]),
  left: FibreSchema,
  right: FibreSchema,
  /** Re-splice above this estimated loss: 0.1 dB (Objectif Fibre) or 0.2 dB (operator rule). */
  lossThresholdDb: positive,
  /** The splicer refuses a cleave angle above this (1.0° is a common default [I]). */
  cleaveAngleLimitDeg: positive,
  /** Bare glass left by the cleaver, set by the splicer's holder: 10 or 16 mm. */
  cleaveLengthMm: positive,
  /** Coating strip length: ≈ 30–40 mm. */
  stripTargetMm: positive,
  /** The sleeve this job uses (40 or 60 mm) and its heat cycle (16–26 s depending on the sleeve). */
  sleeveLengthMm: z.union([z.literal(40), z.literal(60)]),
  heatCycleS: positive,
  /** Sleeve length that must hold the coating at each end of the bare glass [I]. */
  sleeveOverlapMm: positive,
  /** Time to let the sleeve cool before it is handled [I]. */
  coolS: positive,
  /** Fibre each side can lose to breaks and re-preparation before a new end must be prepared [I]. */
  spareMm: positive,
  /** Coating pulled off in one stroke beyond this breaks the fibre: long strips go in increments [I]. */
  maxPullMm: positive,
  /** A pull this far off the fibre's axis breaks it [I]. */
  breakOffAxisDeg: positive,
})

export type SplicingSetup = z.infer<typeof SplicingSetupSchema>

export function parseSplicingSetup(data: unknown): Validated<SplicingSetup> {
  return validateWith(SplicingSetupSchema, data)
}
