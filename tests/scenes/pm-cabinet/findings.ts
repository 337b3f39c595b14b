/**
 * How the tests read the report of a street-cabinet attempt the way the trainee does: the findings of one
 * catalogue error, checked against the procedure's entry, with the message filled in French; and the
 * scoring numbers the tests derive from the procedure itself (weights, parameter specs, pair count).
 */
import {
  errorDef,
  errorFindings,
  expectFindingsExplained,
  frenchMessage,
  placeholders,
} from '../sceneModelChecks.ts'
export {
  errorsComponent,
  fr,
  missingSteps,
  pairCount,
  paramSpec,
  paramWeightTotal,
  parametersWithOne,
  stepWeight,
  totalStepWeight,
  weightedScore,
} from '../sceneModelChecks.ts'
import type { ErrorDef } from '../../../src/engine/schema.ts'
import type { Finding } from '../../../src/engine/types.ts'
import type { PmSim } from './sim.ts'

/** The report explains the error the way the trainee reads it: `count` findings (sceneModelChecks.ts). */
export function expectExplained(
  sim: PmSim,
  error: string,
  {
    recovered = false,
    detail,
    count = 1,
  }: { recovered?: boolean; detail?: Record<string, string | number>; count?: number } = {},
): Finding[] {
  return expectFindingsExplained(sim.report(), sim.procedureData, error, {
    recovered,
    count,
    ...(detail ? { detail } : {}),
  })
}

/** The catalogue entry of an error in the procedure the sim scores against. */
export const defOf = (sim: PmSim, error: string): ErrorDef => errorDef(sim.procedureData, error)

export { errorFindings, frenchMessage, placeholders }
