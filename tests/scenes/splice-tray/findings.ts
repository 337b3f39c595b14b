/**
 * How the tests read the report of a splice-cassette attempt the way the trainee does: the finding of one
 * catalogue error, checked against the procedure's entry, with its message filled in French.
 */
import {
  errorDef,
  errorFindings,
  expectFindingsExplained,
  frenchMessage,
  placeholders,
} from '../sceneModelChecks.ts'
import type { ErrorDef } from '../../../src/engine/schema.ts'
import type { Finding } from '../../../src/engine/types.ts'
import type { SpliceTraySim } from './sim.ts'

/** Numbers in French messages read with a decimal comma. */
export const fr = (value: number) => String(value).replace('.', ',')

export const round1 = (value: number) => Math.round(value * 10) / 10
export const round2 = (value: number) => Math.round(value * 100) / 100

/** The report explains the error the way the trainee reads it: one finding (sceneModelChecks.ts). */
export function expectExplained(
  sim: SpliceTraySim,
  error: string,
  { recovered = false, detail }: { recovered?: boolean; detail?: Record<string, string | number> } = {},
): Finding {
  const [finding] = expectFindingsExplained(sim.report(), sim.procedureData, error, {
    recovered,
    count: 1,
    ...(detail ? { detail } : {}),
  })
  return finding!
}

/** The catalogue entry of an error in the procedure the sim scores against. */
export const defOf = (sim: SpliceTraySim, error: string): ErrorDef => errorDef(sim.procedureData, error)

export { errorFindings, frenchMessage, placeholders }
