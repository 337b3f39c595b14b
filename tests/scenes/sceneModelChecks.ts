/**
 * Checks every scene model must pass, shared by the scenes' tests: a refused gesture is said and
 * logged and changes nothing; `apply` never mutates its input and a replay up to any gesture gives the
 * state seen there.
 */
import { expect } from 'vitest'
import { replay, scoreAttempt } from '../../src/engine/replay.ts'
import { localText } from '../../src/i18n/index.ts'
import { paramCredit } from '../../src/engine/score.ts'
import type { ComponentWeights, ErrorDef, Exercise, ParamSpec, Procedure } from '../../src/engine/schema.ts'
import type { Finding, Report } from '../../src/engine/types.ts'
import type { TestSim } from '../../src/engine/TestSim.ts'
import type { SceneModel } from '../../src/engine/types.ts'

/**
 * The workplace refuses the gesture out loud: one 'rejected' outcome with this reason, the state left
 * exactly as it was (the same object), and the gesture still in the log (the replay must show the try).
 */
export function expectRefused<S, Sim extends TestSim<S>>(
  sim: Sim,
  act: (sim: Sim) => void,
  reason: string,
  detail?: Record<string, string | number>,
): void {
  const before = sim.state
  const logged = sim.gestures.length
  act(sim)
  expect(sim.gestures).toHaveLength(logged + 1)
  expect(sim.lastOutcomes).toEqual([
    { kind: 'rejected', reason, seq: logged, tMs: sim.gestures[logged]?.tMs, ...(detail ? { detail } : {}) },
  ])
  expect(sim.state).toBe(before)
}

/** Replays `sim`'s log gesture by gesture: inputs are never mutated and every prefix replays exactly. */
export function expectPureAndReplayable<S>(model: SceneModel<S>, exercise: Exercise, sim: TestSim<S>): void {
  const initial = model.init(exercise, sim.attempt.seed)
  const frozen = structuredClone(initial)
  let state = initial
  const snapshots: S[] = []
  for (const gesture of sim.gestures) {
    snapshots.push(structuredClone(state))
    state = model.apply(state, gesture).state
  }
  expect(initial).toEqual(frozen)
  snapshots.forEach((snapshot, upTo) => {
    expect(replay(model, exercise, sim.attempt.seed, sim.gestures, upTo).state).toEqual(snapshot)
  })
}

/**
 * The report depends only on the log, whatever order it arrived in. `sim` must be a run that really
 * costs something, or the comparison proves little. Returns the report for further checks.
 */
export function expectReportFromLogAlone<S>(
  model: SceneModel<S>,
  exercise: Exercise,
  procedure: Procedure,
  sim: TestSim<S>,
): Report {
  const report = sim.report()
  expect(report.score).toBeLessThan(1)
  expect(report.findings.length).toBeGreaterThan(3)
  const shuffled = { ...sim.attempt, gestures: sim.gestures.slice().reverse() }
  expect(scoreAttempt(model, exercise, procedure, shuffled)).toEqual(report)
  return report
}

/**
 * A scene's exercises by id, and the exact procedure version an exercise names (an attempt is always
 * scored against that one); both throw with what is missing.
 */
export function sceneCatalogue(
  scene: string,
  exercises: readonly Exercise[],
  procedures: readonly Procedure[],
) {
  return {
    exerciseById(exerciseId: string): Exercise {
      const exercise = exercises.find((candidate) => candidate.id === exerciseId)
      if (!exercise) throw new Error(`No ${scene} exercise '${exerciseId}'`)
      return exercise
    },
    procedureFor(exercise: Exercise): Procedure {
      const { id, version } = exercise.procedure
      const procedure = procedures.find((candidate) => candidate.id === id && candidate.version === version)
      if (!procedure) throw new Error(`No procedure ${id}@${version}`)
      return procedure
    },
  }
}

/** A catalogue error's entry in a procedure; throws when the procedure does not list it. */
export function errorDef(procedure: Procedure, error: string): ErrorDef {
  const def = procedure.errors.find((candidate) => candidate.id === error)
  if (!def) throw new Error(`${error} is not in ${procedure.id}`)
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
 * The report explains the error the way the trainee reads it: `count` findings, each with its level and
 * penalty from the procedure, the catalogue's message and field consequence, the detail the model
 * measured, and every {{placeholder}} of the French and English message filled (no raw brace reaches
 * the screen).
 */
export function expectFindingsExplained(
  report: Report,
  procedure: Procedure,
  error: string,
  {
    recovered,
    detail,
    count,
  }: { recovered: boolean; detail?: Record<string, string | number>; count: number },
): Finding[] {
  const def = errorDef(procedure, error)
  const found = errorFindings(report, error)
  expect(found, `${count} finding(s) for ${error}`).toHaveLength(count)
  for (const finding of found) {
    expect(finding.level).toBe(def.level)
    expect(finding.recovered).toBe(recovered)
    expect(finding.message).toEqual(def.message)
    expect(finding.consequence).toEqual(def.consequence)
    if (detail) expect(finding.detail).toEqual(detail)
    const charged = recovered ? def.recoveredPenalty : def.penalty
    // Penalties are charged in log order until the errors component is empty.
    if (report.components.errors > 0)
      expect(finding.pointsLost).toBeCloseTo(100 * procedure.weights.errors * charged, 9)
    for (const language of ['fr', 'en'] as const) {
      for (const name of placeholders(def.message[language]))
        expect(Object.keys(finding.detail ?? {}), `${error} ${language}: {{${name}}}`).toContain(name)
      expect(localText(def.message, language, finding.detail)).not.toMatch(/\{\{|\}\}/)
    }
  }
  return found
}

// Scoring numbers the scene tests derive from the procedure itself (weights, parameter specs, pairs).

/** Numbers in French messages read the French way: decimal comma, narrow space between thousands. */
export const fr = (value: number) => value.toLocaleString('fr', { maximumFractionDigits: 2 })

export const missingSteps = (report: Report) =>
  report.findings
    .filter((finding) => finding.kind === 'missing-step')
    .map((finding) => finding.step)
    .sort()

/** The errors component once these catalogue penalties are charged (each def's full or recovered one). */
export function errorsComponent(
  sim: { procedureData: Procedure },
  charged: { error: string; recovered?: boolean }[],
): number {
  const lost = charged.reduce((total, { error, recovered }) => {
    const def = errorDef(sim.procedureData, error)
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
