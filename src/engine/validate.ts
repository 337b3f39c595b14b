/**
 * Turns outside data into typed records, or into a list of issues that name the field and the problem.
 * Issues are structured (path + code + expected values); the player words them in French or English.
 */
import type { z } from 'zod/mini'
import { AttemptSchema, ExerciseSchema, ProcedureSchema } from './schema.ts'
import type { Attempt, Exercise, Procedure } from './schema.ts'

export type ValidationIssue = {
  /** Dotted path to the field, e.g. `steps[2].params[0].limit`; empty for the whole record. */
  path: string
  code: string
  expected?: string
  received?: string
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] }

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`
    return text ? `${text}.${String(key)}` : String(key)
  }, '')
}

type ZodIssueLike = {
  code: string
  path: readonly PropertyKey[]
  expected?: unknown
  values?: readonly unknown[]
  minimum?: unknown
  maximum?: unknown
  keys?: readonly string[]
}

function describeExpected(issue: ZodIssueLike): string | undefined {
  if (typeof issue.expected === 'string') return issue.expected
  if (issue.values) return issue.values.map(String).join(' | ')
  if (issue.minimum !== undefined) return `>= ${String(issue.minimum)}`
  if (issue.maximum !== undefined) return `<= ${String(issue.maximum)}`
  if (issue.keys) return issue.keys.join(', ')
  return undefined
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

function describeReceived(value: unknown): string {
  if (value === undefined) return 'absent'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'object') return 'object'
  const text = JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 37)}…` : text
}

export function validateWith<T>(schema: z.ZodMiniType<T>, data: unknown): Validated<T> {
  const result = schema.safeParse(data)
  if (result.success) return { ok: true, value: result.data }
  const issues = (result.error.issues as ZodIssueLike[]).map((issue) => {
    const expected = describeExpected(issue)
    return {
      path: formatPath(issue.path),
      code: issue.code,
      ...(expected === undefined ? {} : { expected }),
      received: describeReceived(valueAt(data, issue.path)),
    }
  })
  return { ok: false, issues }
}

const WEIGHT_SUM_TOLERANCE = 1e-6

/** Rules a schema cannot say: references between fields, an acyclic precedence graph, tol < limit. */
export function checkProcedure(procedure: Procedure): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const stepIds = new Set<string>()
  procedure.steps.forEach((step, i) => {
    if (stepIds.has(step.id)) issues.push({ path: `steps[${i}].id`, code: 'duplicate_id', received: step.id })
    stepIds.add(step.id)
    step.params?.forEach((param, j) => {
      if (param.limit <= param.tol) {
        issues.push({
          path: `steps[${i}].params[${j}].limit`,
          code: 'limit_not_above_tol',
          expected: `> ${param.tol}`,
          received: String(param.limit),
        })
      }
    })
  })
  const errorIds = new Set<string>()
  procedure.errors.forEach((error, i) => {
    if (errorIds.has(error.id))
      issues.push({ path: `errors[${i}].id`, code: 'duplicate_id', received: error.id })
    errorIds.add(error.id)
  })
  procedure.precedence.forEach(([before, after], i) => {
    if (!stepIds.has(before))
      issues.push({ path: `precedence[${i}][0]`, code: 'unknown_step', received: before })
    if (!stepIds.has(after))
      issues.push({ path: `precedence[${i}][1]`, code: 'unknown_step', received: after })
  })
  if (issues.length === 0 && hasCycle(procedure)) issues.push({ path: 'precedence', code: 'cycle' })
  const weightSum = Object.values(procedure.weights).reduce((sum, w) => sum + w, 0)
  if (Math.abs(weightSum - 1) > WEIGHT_SUM_TOLERANCE) {
    issues.push({ path: 'weights', code: 'weights_sum', expected: '1', received: weightSum.toFixed(3) })
  }
  if (procedure.time.maxS <= procedure.time.refS) {
    issues.push({ path: 'time.maxS', code: 'too_small', expected: `> ${procedure.time.refS}` })
  }
  return issues
}

function hasCycle(procedure: Procedure): boolean {
  const next = new Map<string, string[]>()
  for (const [before, after] of procedure.precedence) next.set(before, [...(next.get(before) ?? []), after])
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (node: string): boolean => {
    const seen = state.get(node)
    if (seen === 'visiting') return true
    if (seen === 'done') return false
    state.set(node, 'visiting')
    const cyclic = (next.get(node) ?? []).some(visit)
    state.set(node, 'done')
    return cyclic
  }
  return procedure.steps.some((step) => visit(step.id))
}

export function parseProcedure(data: unknown): Validated<Procedure> {
  const parsed = validateWith(ProcedureSchema, data)
  if (!parsed.ok) return parsed
  const issues = checkProcedure(parsed.value)
  return issues.length ? { ok: false, issues } : parsed
}

export function parseExercise(data: unknown): Validated<Exercise> {
  return validateWith(ExerciseSchema, data)
}

export function parseAttempt(data: unknown): Validated<Attempt> {
  const parsed = validateWith(AttemptSchema, data)
  if (!parsed.ok) return parsed
  // A log may arrive out of order (an outbox flushed in pieces): `seq` is the truth, not array order.
  const gestures = parsed.value.gestures.slice().sort((a, b) => a.seq - b.seq)
  const gap = gestures.findIndex((g, i) => g.seq !== i)
  if (gap >= 0)
    return { ok: false, issues: [{ path: 'gestures', code: 'sequence_gap', expected: `seq ${gap}` }] }
  return { ok: true, value: { ...parsed.value, gestures } }
}
