/**
 * How the tests read the report of a rack attempt the way the trainee does: the findings of one catalogue
 * error, checked against the procedure's entry, with the message filled in French; the refusals in the
 * words the player shows; and the scoring numbers the tests derive from the procedure itself (weights,
 * parameter specs, pair count).
 */
import { expect } from 'vitest'
import {
  errorDef,
  errorFindings,
  expectFindingsExplained,
  frenchMessage,
  placeholders,
  weightedScore,
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
import type { Finding, Report } from '../../../src/engine/types.ts'
import { localText } from '../../../src/i18n/index.ts'
import { player as playerEn } from '../../../src/i18n/en/player.ts'
import { player as playerFr } from '../../../src/i18n/fr/player.ts'
import { messages } from '../../../src/i18n/scenes/rack.ts'
import type { RackSim } from './sim.ts'

/** The catalogue entry of an error in the procedure the sim scores against. */
export const defOf = (sim: RackSim, error: string): ErrorDef => errorDef(sim.procedureData, error)

/** The report explains the error the way the trainee reads it: `count` findings (sceneModelChecks.ts). */
export function expectExplained(
  sim: RackSim,
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

/** The report's components hang together: the score is their weighted sum (no hint in these runs). */
export function expectScoreFromComponents(sim: RackSim): Report {
  const report = sim.report()
  expect(report.hintsUsed).toBe(0)
  expect(report.score).toBeCloseTo(weightedScore(sim.procedureData, report.components), 12)
  expect(report.components.economy).toBeCloseTo(
    Math.min(1, sim.procedureData.minActions / report.actionCount),
    12,
  )
  return report
}

type Rejected = Record<string, string>

/** The refusal messages the player has for the rack: the scene's own, then the shared ones. */
export const REJECTED: Record<'fr' | 'en', Rejected> = {
  fr: { ...(playerFr.rejected as Rejected), ...messages.fr.player.rejected },
  en: { ...(playerEn.rejected as Rejected), ...messages.en.player.rejected },
}

/** A refusal in the player's words, with its placeholders filled from the model's detail. */
export function rejectedText(
  language: 'fr' | 'en',
  reason: string,
  detail?: Record<string, string | number>,
): string {
  const text = REJECTED[language][reason]
  if (text === undefined) throw new Error(`no ${language} message for the refusal '${reason}'`)
  return localText({ fr: text, en: text }, language, detail ?? {})
}

/** The last gesture was refused, and the player can say why in both languages, every placeholder filled. */
export function expectRefusalSaid(sim: RackSim): string {
  const refusal = sim.lastOutcomes.find((o) => o.kind === 'rejected')
  if (refusal?.kind !== 'rejected') throw new Error('the last gesture was not refused')
  for (const language of ['fr', 'en'] as const)
    expect(
      rejectedText(language, refusal.reason, refusal.detail),
      `${refusal.reason} (${language})`,
    ).not.toMatch(/\{\{|\}\}/)
  return rejectedText('fr', refusal.reason, refusal.detail)
}

export { errorFindings, frenchMessage, placeholders }
