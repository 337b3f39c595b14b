/**
 * The scene-specific part of a "Repérage des fibres" exercise file, validated at the boundary like
 * the rest of the exercise.
 */
import { z } from 'zod/mini'
import { mm } from '../../src/engine/units.ts'
import { validateWith } from '../../src/engine/validate.ts'
import type { Validated } from '../../src/engine/validate.ts'
import { COLOUR_CODE_IDS } from '../common/colourCodes.ts'
import type { ColourCodeId } from '../common/colourCodes.ts'

const position = z.int().check(z.gte(1), z.lte(24))

export const FibreIdSetupSchema = z
  .object({
    colourCode: z.enum(COLOUR_CODE_IDS as [ColourCodeId, ...ColourCodeId[]]),
    /** Fibres per tube: 12, or 24 with rings on 13–24. */
    fibresPerTube: z.union([z.literal(12), z.literal(24)]),
    /** Tubes in the cable end on the mat. */
    tubeCount: z.int().check(z.gte(1), z.lte(12)),
    task: z.union([
      z.object({ kind: z.literal('lay-all') }),
      z.object({ kind: z.literal('find'), tube: position, fibre: position }),
    ]),
    /** Half-width of an organiser slot: a release farther than this from every slot is a drop. */
    snapMm: z.pipe(
      z.number().check(z.gt(0), z.lte(20)),
      z.transform((value: number) => mm(value)),
    ),
  })
  .check(
    z.refine(
      (s) => s.task.kind !== 'find' || (s.task.tube <= s.tubeCount && s.task.fibre <= s.fibresPerTube),
      {
        message: 'task_out_of_range',
        path: ['task'],
      },
    ),
  )

export type FibreIdSetup = z.infer<typeof FibreIdSetupSchema>

export function parseFibreIdSetup(data: unknown): Validated<FibreIdSetup> {
  return validateWith(FibreIdSetupSchema, data)
}
