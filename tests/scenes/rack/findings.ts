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
} from '../sceneModelChecks.ts'
import { paramCredit } from '../../../src/engine/score.ts'
import type { ComponentWeights, ErrorDef, ParamSpec, Procedure } from '../../../src/engine/schema.ts'
import type { Finding, Report } from '../../../src/engine/types.ts'
import { localText } from '../../../src/i18n/index.ts'
import { player as playerEn } from '../../../src/i18n/en/player.ts'
import { player as playerFr } from '../../../src/i18n/fr/player.ts'
import { messages } from '../../../src/i18n/scenes/rack.ts'
import type { RackSim } from './sim.ts'

/** Numbers in French messages read the French way: decimal comma, narrow space between thousands. */
export const fr = (value: number) => value.toLocaleString('fr', { maximumFractionDigits: 2 })

export const missingSteps = (report: Report) =>
  report.findings
    .filter((finding) => finding.kind === 'missing-step')
    .map((finding) => finding.step)
    .sort()

/** The catalogue entry of an error in the procedure the sim scores against. */
export const defOf = (sim: RackSim, error: string): ErrorDef => errorDef(sim.procedureData, error)

/** The errors component once these catalogue penalties are charged (each def's full or recovered one). */
export function errorsComponent(sim: RackSim, charged: { error: string; recovered?: boolean }[]): number {
  const lost = charged.reduce((total, { error, recovered }) => {
    const def = defOf(sim, error)
    return total + (recovered ? def.recoveredPenalty : def.penalty)
  }, 0)
  return Math.max(0, 1 - lost)
}

/** SCORING.md: the weighted sum of the components, less the hints (none in these tests). */
export function weightedScore(procedure: Procedure, components: ComponentWeights): number {
  const w = procedure.weights
  return Math.min(
    1,
    (Object.keys(w) as (keyof ComponentWeights)[]).reduce(
      (total, key) => total + w[key] * components[key],
      0,
    ),
  )
}

/** The spec of a graded parameter of a step. */
export function paramSpec(procedure: Procedure, step: string, param: string): ParamSpec {
  const spec = procedure.steps.find((s) => s.id === step)?.params?.find((p) => p.id === param)
  if (!spec) throw new Error(`${step} grades no '${param}'`)
  return spec
}

/** Sum of the weights of every parameter of the procedure (all its steps done). */
export const paramWeightTotal = (procedure: Procedure) =>
  procedure.steps.flatMap((s) => s.params ?? []).reduce((total, p) => total + p.weight, 0)

/** The parameters component when every step is done and only this measurement falls short. */
export function parametersWithOne(procedure: Procedure, step: string, param: string, value: number): number {
  const spec = paramSpec(procedure, step, param)
  const credit = paramCredit(value, spec.target, spec.tol, spec.limit)
  return 1 - (spec.weight * (1 - credit)) / paramWeightTotal(procedure)
}

/** Unique precedence pairs of the procedure (a pair listed twice is one rule). */
export const pairCount = (procedure: Procedure) =>
  new Set(procedure.precedence.map((pair) => pair.join('→'))).size

/** Sum of the weights of the given steps of the procedure. */
export const stepWeight = (procedure: Procedure, steps: readonly string[]) =>
  procedure.steps.filter((s) => steps.includes(s.id)).reduce((total, s) => total + s.weight, 0)

export const totalStepWeight = (procedure: Procedure) =>
  procedure.steps.reduce((total, s) => total + s.weight, 0)

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
