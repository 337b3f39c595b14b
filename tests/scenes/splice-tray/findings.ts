/**
 * How the tests read the report of a splice-cassette attempt the way the trainee does: the finding of one
 * catalogue error, checked against the procedure's entry, with its message filled in French.
 */
import { expect } from 'vitest'
import { localText } from '../../../src/i18n/index.ts'
import type { ErrorDef } from '../../../src/engine/schema.ts'
import type { Finding, Report } from '../../../src/engine/types.ts'
import type { SpliceTraySim } from './sim.ts'

/** Numbers in French messages read with a decimal comma. */
export const fr = (value: number) => String(value).replace('.', ',')

export const round1 = (value: number) => Math.round(value * 10) / 10
export const round2 = (value: number) => Math.round(value * 100) / 100

/** The catalogue entry of an error in the procedure the sim scores against. */
export function defOf(sim: SpliceTraySim, error: string): ErrorDef {
  const def = sim.procedureData.errors.find((candidate) => candidate.id === error)
  if (!def) throw new Error(`${error} is not in ${sim.procedureData.id}`)
  return def
}

export const errorFindings = (report: Report, error: string) =>
  report.findings.filter((finding) => finding.kind === 'error' && finding.error === error)

/** Placeholder names of a message text. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] as string)
}

/** The French message as the results page shows it (src/app/results/findingText.ts). */
export const frenchMessage = (finding: Finding) => localText(finding.message, 'fr', finding.detail)

/**
 * The report explains the error the way the trainee reads it: one finding, its level and penalty from the
 * procedure, the catalogue's message and field consequence, the detail the model measured, and every
 * {{placeholder}} of the French and English message filled (no raw brace reaches the screen).
 */
export function expectExplained(
  sim: SpliceTraySim,
  error: string,
  { recovered = false, detail }: { recovered?: boolean; detail?: Record<string, string | number> } = {},
): Finding {
  const report = sim.report()
  const def = defOf(sim, error)
  const [finding, ...others] = errorFindings(report, error)
  expect(finding, `a finding for ${error}`).toBeDefined()
  expect(others, `a single finding for ${error}`).toEqual([])
  if (!finding) throw new Error('unreachable')
  expect(finding.level).toBe(def.level)
  expect(finding.recovered).toBe(recovered)
  expect(finding.message).toEqual(def.message)
  expect(finding.consequence).toEqual(def.consequence)
  if (detail) expect(finding.detail).toEqual(detail)
  const charged = recovered ? def.recoveredPenalty : def.penalty
  // Penalties are charged in log order until the errors component is empty.
  if (report.components.errors > 0)
    expect(finding.pointsLost).toBeCloseTo(100 * sim.procedureData.weights.errors * charged, 9)
  for (const language of ['fr', 'en'] as const) {
    for (const name of placeholders(def.message[language]))
      expect(Object.keys(finding.detail ?? {}), `${error} ${language}: {{${name}}}`).toContain(name)
    expect(localText(def.message, language, finding.detail)).not.toMatch(/\{\{|\}\}/)
  }
  return finding
}
