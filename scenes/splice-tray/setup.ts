/**
 * The scene-specific part of a splice-cassette exercise: the cable, the drop, the splices that arrive
 * made, the fibre class, the slack, the link budget and the thresholds a trainer may change. Numbers
 * tagged [I] in docs/reference/domain-procedures.md live here as exercise data, never in the model.
 */
import { z } from 'zod/mini'
import { validateWith } from '../../src/engine/validate.ts'
import type { Validated } from '../../src/engine/validate.ts'
import { COLOUR_CODE_IDS } from '../common/colourCodes.ts'
import type { ColourCodeId } from '../common/colourCodes.ts'
import { FIBRE_CLASS_IDS } from '../common/macrobend.ts'
import type { FibreClassId } from '../common/macrobend.ts'
import { HOLDER } from './layout.ts'

const positive = z.number().check(z.gt(0))
const nonNegative = z.number().check(z.gte(0))
const fibreNumber = z.int().check(z.gte(1), z.lte(24))

const SpliceSchema = z.object({
  /** Distribution fibre (its position in the tube's colour code); its sleeve goes in the slot of that number. */
  tubeFibre: z.int().check(z.gte(1), z.lte(HOLDER.slots)),
  /** Drop-cable fibre: 1 rouge, 2 bleu, 3 vert, 4 jaune. */
  dropFibre: z.int().check(z.gte(1), z.lte(4)),
})

export const SpliceTraySetupSchema = z.object({
  colourCode: z.enum(COLOUR_CODE_IDS as [ColourCodeId, ...ColourCodeId[]]),
  fibreClass: z.enum(FIBRE_CLASS_IDS as unknown as [FibreClassId, ...FibreClassId[]]),
  /** 'clean': the cables arrive unrouted; 'rework': a badly organised cassette generated from the seed. */
  start: z.enum(['clean', 'rework']),
  pboId: z.string().check(z.minLength(1), z.maxLength(40)),
  cableId: z.string().check(z.minLength(1), z.maxLength(40)),
  /** The tube's position in the cable's colour code; its fibres are 1–12 of that code. */
  tubeNumber: fibreNumber,
  dropFibres: z.union([z.literal(2), z.literal(4)]),
  /** The subscriber's line reference, printed on the PTO (format OO-XXXX-XXXX, Arcep 2015-0776). */
  ptoRef: z.string().check(z.regex(/^[A-Z0-9]{2}-[A-Z0-9]{4}-[A-Z0-9]{4}$/)),
  splices: z.array(SpliceSchema).check(z.minLength(1), z.maxLength(4)),
  /** The drop fibre that serves the PTO where the power is measured. */
  subscriberDropFibre: z.int().check(z.gte(1), z.lte(4)),
  /** The splice as the splicing station made it: its inputs go through the splicing loss model. */
  splice: z.object({
    offsetUm: nonNegative,
    distMfdUm: z.number().check(z.gte(7), z.lte(11)),
    dropMfdUm: z.number().check(z.gte(7), z.lte(11)),
    angleDeg: nonNegative,
  }),
  /** Fibre left between the tie and the holder on each side (≈ 1 m in all in a PBO cassette). */
  slackMm: z.object({ dist: positive, drop: positive }),
  /** Unlaid slack up to this can be tucked under the tabs; more hangs out and the cover pinches it [I]. */
  tuckMm: positive,
  /** Tie force: below `secureN` the tube slips; above `pinchN` it crushes the tube [I]. */
  tie: z.object({ secureN: positive, pinchN: positive, lossDbPerN: nonNegative }),
  /** Where the tube's end should be, measured past the tie, so that the tie grips the tube [I]. */
  tubeDepthMm: z.object({ target: positive, tol: nonNegative, limit: positive }),
  /** Loss of a fibre pinched by the cover or by a tie on bare fibres [I]. */
  pinchLossDb: positive,
  /** Power reaching the PTO at 1490 nm through a perfect cassette (OLT, splitter, fibre, connectors). */
  linkBudgetDbm: z.number(),
  /** The reading must be above this (Objectif Fibre: −24 dBm at 1490 nm). */
  passDbm: z.number(),
})

export type SpliceTraySetup = z.infer<typeof SpliceTraySetupSchema>

export function parseSpliceTraySetup(data: unknown): Validated<SpliceTraySetup> {
  const parsed = validateWith(SpliceTraySetupSchema, data)
  if (!parsed.ok) return parsed
  const { splices, dropFibres, subscriberDropFibre, tie } = parsed.value
  const issue = (path: string, code: string): Validated<SpliceTraySetup> => ({
    ok: false,
    issues: [{ path, code }],
  })
  if (new Set(splices.map((s) => s.tubeFibre)).size !== splices.length)
    return issue('splices', 'duplicate_fibre')
  if (new Set(splices.map((s) => s.dropFibre)).size !== splices.length)
    return issue('splices', 'duplicate_fibre')
  if (splices.some((s) => s.dropFibre > dropFibres)) return issue('splices', 'fibre_not_in_drop')
  if (!splices.some((s) => s.dropFibre === subscriberDropFibre))
    return issue('subscriberDropFibre', 'not_spliced')
  if (tie.pinchN <= tie.secureN) return issue('tie.pinchN', 'too_small')
  return parsed
}
