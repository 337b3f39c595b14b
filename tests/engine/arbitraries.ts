/**
 * fast-check material for the SCORING.md properties: random valid procedures (a random DAG over N steps)
 * and the reference trace that follows one of its topological orders exactly.
 */
import fc from 'fast-check'
import { ERROR_LEVELS } from '../../src/engine/schema.ts'
import type { ErrorDef, ParamSpec, Procedure, Step } from '../../src/engine/schema.ts'
import type { Outcome } from '../../src/engine/types.ts'

const text = (fr: string) => ({ fr, en: fr })

/** The type of the values an arbitrary generates. */
export type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never

const paramPartsArb = fc.record({
  target: fc.integer({ min: -50, max: 50 }),
  tol: fc.integer({ min: 0, max: 5 }),
  /** limit − tol, so the limit is always above the tolerance. */
  span: fc.integer({ min: 1, max: 10 }),
  weight: fc.integer({ min: 0, max: 3 }),
})

const errorPartsArb = fc.record({
  level: fc.constantFrom(...ERROR_LEVELS),
  penaltyPct: fc.integer({ min: 0, max: 100 }),
  recoveredShare: fc.double({ min: 0, max: 1, noNaN: true }),
})

/** Raw material of a procedure; `buildProcedure` turns it into a valid one. Tests may edit it first. */
export type ProcedureParts = {
  /** A topological order of the step indices: every precedence edge points forward in it. */
  order: number[]
  /** One flag per pair of positions (i < j) of `order`, in the order of `pairPositions`. */
  edges: boolean[]
  stepWeights: number[]
  required: boolean[]
  params: ValueOf<typeof paramPartsArb>[][]
  errors: ValueOf<typeof errorPartsArb>[]
  alpha: number[]
  refS: number
  extraS: number
  passMark: number
  hintPenaltyPct: number
}

export const pairPositions = (n: number): [number, number][] =>
  Array.from({ length: n }, (_, i) =>
    Array.from({ length: n - i - 1 }, (_, k): [number, number] => [i, i + k + 1]),
  ).flat()

export const procedurePartsArb = (maxSteps = 8): fc.Arbitrary<ProcedureParts> =>
  fc.integer({ min: 2, max: maxSteps }).chain((n) => {
    const indices = Array.from({ length: n }, (_, i) => i)
    const pairCount = (n * (n - 1)) / 2
    return fc.record({
      order: fc.shuffledSubarray(indices, { minLength: n, maxLength: n }),
      edges: fc.array(fc.boolean(), { minLength: pairCount, maxLength: pairCount }),
      stepWeights: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }),
      required: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      params: fc.array(fc.array(paramPartsArb, { maxLength: 2 }), { minLength: n, maxLength: n }),
      errors: fc.array(errorPartsArb, { maxLength: 4 }),
      alpha: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 6, maxLength: 6 }),
      refS: fc.integer({ min: 10, max: 600 }),
      extraS: fc.integer({ min: 1, max: 600 }),
      passMark: fc.double({ min: 0, max: 1, noNaN: true }),
      hintPenaltyPct: fc.integer({ min: 0, max: 10 }),
    })
  })

export const stepId = (index: number) => `s${index}`
export const paramId = (index: number) => `p${index}`
export const errorId = (index: number) => `e${index}`

export function buildProcedure(parts: ProcedureParts, version = '1'): Procedure {
  const steps = parts.stepWeights.map((weight, i): Step => ({
    id: stepId(i),
    weight,
    required: parts.required[i] ?? false,
    label: text(`étape ${i}`),
    params: (parts.params[i] ?? []).map(({ target, tol, span, weight: paramWeight }, j): ParamSpec => ({
      id: paramId(j),
      unit: 'mm',
      target,
      tol,
      limit: tol + span,
      weight: paramWeight,
      label: text(`paramètre ${j}`),
      why: text(`pourquoi ${i}.${j}`),
    })),
  }))
  const precedence = pairPositions(parts.order.length)
    .filter((_, k) => parts.edges[k])
    .map(([i, j]): [string, string] => [stepId(parts.order[i] as number), stepId(parts.order[j] as number)])
  const errors = parts.errors.map(({ level, penaltyPct, recoveredShare }, k): ErrorDef => ({
    id: errorId(k),
    level,
    penalty: penaltyPct / 100,
    recoveredPenalty: (penaltyPct / 100) * recoveredShare,
    message: text(`erreur ${k}`),
    consequence: text(`conséquence ${k}`),
  }))
  const alphaSum = parts.alpha.reduce((sum, a) => sum + a, 0)
  const [completion, order, parameters, errorsWeight, time, economy] = parts.alpha.map(
    (a) => a / alphaSum,
  ) as [number, number, number, number, number, number]
  return {
    id: 'random',
    version,
    scene: 'toy',
    title: text('Procédure aléatoire'),
    steps,
    precedence,
    errors,
    time: { refS: parts.refS, maxS: parts.refS + parts.extraS },
    minActions: steps.length,
    passMark: parts.passMark,
    weights: { completion, order, parameters, errors: errorsWeight, time, economy },
    hintPenalty: parts.hintPenaltyPct / 100,
  }
}

/** Every parameter of the step exactly on target. */
export const onTarget = (procedure: Procedure, id: string): Record<string, number> =>
  Object.fromEntries((procedure.steps.find((s) => s.id === id)?.params ?? []).map((p) => [p.id, p.target]))

/** Step outcomes in the given order, on target, with seq = position and one second between them. */
export const traceOf = (procedure: Procedure, stepIds: readonly string[]): Outcome[] =>
  stepIds.map((id, seq) => ({
    kind: 'step',
    step: id,
    seq,
    tMs: seq * 1000,
    measured: onTarget(procedure, id),
  }))

/** Gives outcomes fresh seq numbers in array order, as if they had happened in that order. */
export const renumber = (outcomes: readonly Outcome[]): Outcome[] =>
  outcomes.map((outcome, seq) => ({ ...outcome, seq, tMs: seq * 1000 }))

export const referenceOrder = (parts: ProcedureParts): string[] => parts.order.map(stepId)

/** reach[a][b]: a path of precedence edges leads from step a to step b. */
export function reachability(procedure: Procedure): Map<string, Set<string>> {
  const reach = new Map(procedure.steps.map((s) => [s.id, new Set<string>()]))
  for (const [a, b] of procedure.precedence) reach.get(a)?.add(b)
  for (const k of reach.keys()) {
    for (const [, targets] of reach) if (targets.has(k)) for (const t of reach.get(k) ?? []) targets.add(t)
  }
  return reach
}
