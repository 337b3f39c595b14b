/** The ten properties of docs/SCORING.md, checked on random procedures and traces. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ProcedureRegistry, procedureFingerprint } from '../../src/engine/procedures.ts'
import { scoreAttempt } from '../../src/engine/replay.ts'
import { ATTEMPT_SCHEMA_VERSION, MODES } from '../../src/engine/schema.ts'
import type { Attempt, Gesture, Procedure } from '../../src/engine/schema.ts'
import { paramCredit, score } from '../../src/engine/score.ts'
import type { ScoreInput } from '../../src/engine/score.ts'
import type { Outcome } from '../../src/engine/types.ts'
import { parseAttempt, parseProcedure } from '../../src/engine/validate.ts'
import {
  buildProcedure,
  errorId,
  pairPositions,
  procedurePartsArb,
  reachability,
  referenceOrder,
  renumber,
  stepId,
  traceOf,
} from './arbitraries.ts'
import type { ValueOf } from './arbitraries.ts'
import { toyExercise, toyModel } from './fixtures.ts'

const PRECISION = 9

/** Scored as a finished attempt: the trainee's "finish" follows the last outcome. */
const scoreOf = (procedure: Procedure, outcomes: Outcome[], input: Partial<ScoreInput> = {}) => {
  const seq = Math.max(-1, ...outcomes.map((o) => o.seq)) + 1
  const finished: Outcome = { kind: 'finished', seq, tMs: seq }
  return score(
    {
      outcomes: [...outcomes, finished],
      durationS: 0,
      actionCount: procedure.minActions,
      mode: 'practice',
      ...input,
    },
    procedure,
  )
}

/** A reference run: every step in the topological order, on target, in time, with the minimal actions. */
const referenceArb = procedurePartsArb().map((parts) => {
  const procedure = buildProcedure(parts)
  return { parts, procedure, order: referenceOrder(parts), trace: traceOf(procedure, referenceOrder(parts)) }
})

describe('the random procedures', () => {
  it('are valid', () => {
    fc.assert(
      fc.property(referenceArb, ({ procedure }) => {
        expect(parseProcedure(procedure)).toEqual({ ok: true, value: procedure })
      }),
    )
  })
})

describe('SCORING.md properties', () => {
  it('1. a trace equal to the reference scores 1 on every component', () => {
    fc.assert(
      fc.property(
        referenceArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...MODES),
        ({ procedure, trace }, timeShare, mode) => {
          const report = scoreOf(procedure, trace, { durationS: timeShare * procedure.time.refS, mode })
          expect(report.components).toEqual({
            completion: 1,
            order: 1,
            parameters: 1,
            errors: 1,
            time: 1,
            economy: 1,
          })
          expect(report.score).toBeCloseTo(1, PRECISION)
          expect(report.findings).toEqual([])
          expect(report.success).toBe(true)
        },
      ),
    )
  })

  it('2. swapping two adjacent steps with no precedence path between them leaves O unchanged', () => {
    const arb = procedurePartsArb().chain((parts) => {
      const procedure = buildProcedure(parts)
      const ids = procedure.steps.map((s) => s.id)
      return fc.record({
        procedure: fc.constant(procedure),
        // Any order, not only a valid one: the property holds whatever the other pairs do.
        trace: fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }),
        pick: fc.nat(),
      })
    })
    fc.assert(
      fc.property(arb, ({ procedure, trace, pick }) => {
        const reach = reachability(procedure)
        const free = trace
          .slice(0, -1)
          .map((id, i) => [i, id, trace[i + 1] as string] as const)
          .filter(([, a, b]) => !reach.get(a)?.has(b) && !reach.get(b)?.has(a))
          .map(([i]) => i)
        fc.pre(free.length > 0)
        const i = free[pick % free.length] as number
        const swapped = trace.slice()
        swapped[i] = trace[i + 1] as string
        swapped[i + 1] = trace[i] as string
        expect(scoreOf(procedure, traceOf(procedure, swapped)).components.order).toBe(
          scoreOf(procedure, traceOf(procedure, trace)).components.order,
        )
      }),
    )
  })

  it('3. swapping a directly constrained adjacent pair lowers O by exactly 1/P', () => {
    const arb = fc.record({ parts: procedurePartsArb(), pick: fc.nat() }).map(({ parts, pick }) => {
      const n = parts.order.length
      const k = pick % (n - 1)
      // Force the edge order[k] → order[k + 1], so the reference has a constrained adjacent pair at k.
      const edgeIndex = pairPositions(n).findIndex(([i, j]) => i === k && j === k + 1)
      const edges = parts.edges.map((flag, index) => flag || index === edgeIndex)
      return { procedure: buildProcedure({ ...parts, edges }), order: referenceOrder(parts), k }
    })
    fc.assert(
      fc.property(arb, ({ procedure, order, k }) => {
        const swapped = order.slice()
        swapped[k] = order[k + 1] as string
        swapped[k + 1] = order[k] as string
        const pairs = procedure.precedence.length
        const before = scoreOf(procedure, traceOf(procedure, order)).components.order
        const after = scoreOf(procedure, traceOf(procedure, swapped))
        expect(before).toBe(1)
        expect(after.components.order).toBeCloseTo(1 - 1 / pairs, PRECISION)
        expect(after.findings.filter((f) => f.kind === 'order')).toEqual([
          expect.objectContaining({
            step: order[k + 1],
            before: order[k],
            pointsLost: expect.closeTo((100 * procedure.weights.order) / pairs, PRECISION),
          }),
        ])
      }),
    )
  })

  it('4. omitting step s lowers C by w_s / Σw and adds a finding when s is required', () => {
    fc.assert(
      fc.property(referenceArb, fc.nat(), ({ procedure, order }, pick) => {
        const omitted = order[pick % order.length] as string
        const spec = procedure.steps.find((s) => s.id === omitted)
        if (!spec) throw new Error('omitted step not in the procedure')
        const totalWeight = procedure.steps.reduce((sum, s) => sum + s.weight, 0)
        const full = scoreOf(procedure, traceOf(procedure, order))
        const partial = scoreOf(
          procedure,
          traceOf(
            procedure,
            order.filter((id) => id !== omitted),
          ),
        )
        expect(full.components.completion - partial.components.completion).toBeCloseTo(
          spec.weight / totalWeight,
          PRECISION,
        )
        const missing = partial.findings.filter((f) => f.kind === 'missing-step')
        expect(missing).toEqual([
          expect.objectContaining({ step: omitted, level: spec.required ? 'error' : 'info' }),
        ])
        if (spec.required) expect(partial.success).toBe(false)
      }),
    )
  })

  it('5. repeating a step leaves C unchanged and lowers Ec', () => {
    fc.assert(
      fc.property(referenceArb, fc.nat(), fc.nat(), ({ procedure, order }, pickStep, pickPlace) => {
        const first = pickStep % order.length
        // The repetition lands anywhere after the first time the step was done.
        const at = first + 1 + (pickPlace % (order.length - first))
        const repeated = [...order.slice(0, at), order[first] as string, ...order.slice(at)]
        const once = scoreOf(procedure, traceOf(procedure, order), { actionCount: order.length })
        const twice = scoreOf(procedure, traceOf(procedure, repeated), { actionCount: repeated.length })
        expect(twice.components.completion).toBe(once.components.completion)
        expect(twice.components.order).toBe(once.components.order)
        expect(twice.components.economy).toBeLessThan(once.components.economy)
        expect(twice.components.economy).toBeCloseTo(procedure.minActions / repeated.length, PRECISION)
      }),
    )
  })

  it('6. any critical error gives success = false, whatever S', () => {
    const arb = procedurePartsArb().chain((parts) => {
      const withCritical = {
        ...parts,
        errors: [...parts.errors, { level: 'critical' as const, penaltyPct: 0, recoveredShare: 0 }],
      }
      const procedure = buildProcedure(withCritical)
      const ids = procedure.steps.map((s) => s.id)
      return fc.record({
        procedure: fc.constant(procedure),
        criticalId: fc.constant(errorId(withCritical.errors.length - 1)),
        done: fc.shuffledSubarray(ids),
        at: fc.nat(),
        recovered: fc.boolean(),
        durationS: fc.integer({ min: 0, max: 2000 }),
        mode: fc.constantFrom(...MODES),
      })
    })
    fc.assert(
      fc.property(arb, ({ procedure, criticalId, done, at, recovered, durationS, mode }) => {
        const steps = traceOf(procedure, done)
        const place = at % (steps.length + 1)
        const breach: Outcome[] = [
          { kind: 'error', error: criticalId, seq: 0, tMs: 0, ref: 'x' },
          ...(recovered ? [{ kind: 'recovered', error: criticalId, seq: 0, tMs: 0, ref: 'x' } as const] : []),
        ]
        const outcomes = renumber([...steps.slice(0, place), ...breach, ...steps.slice(place)])
        const report = scoreOf(procedure, outcomes, { durationS, mode })
        expect(report.criticalErrors).toBe(1)
        expect(report.success).toBe(false)
        expect(report.findings[0]).toMatchObject({ kind: 'error', level: 'critical', recovered })
      }),
    )
  })

  it('7. q is 1 at t ± δ, 0 at t ± Δ, and never increases with distance from t', () => {
    const bandArb = fc.record({
      target: fc.double({ min: -1000, max: 1000, noNaN: true }),
      tol: fc.double({ min: 0, max: 100, noNaN: true }),
      span: fc.double({ min: 1e-3, max: 100, noNaN: true }),
      near: fc.double({ min: 0, max: 300, noNaN: true }),
      far: fc.double({ min: 0, max: 300, noNaN: true }),
      side: fc.constantFrom(-1, 1),
    })
    fc.assert(
      fc.property(bandArb, ({ target, tol, span, near, far, side }) => {
        const limit = tol + span
        const q = (distance: number) => paramCredit(target + side * distance, target, tol, limit)
        expect(q(0)).toBe(1)
        expect(q(tol)).toBeCloseTo(1, 6)
        expect(q(limit)).toBeCloseTo(0, 6)
        expect(q(limit * 2 + 1)).toBe(0)
        const [d1, d2] = near <= far ? [near, far] : [far, near]
        expect(q(d1)).toBeGreaterThanOrEqual(q(d2))
        expect(q(d2)).toBeGreaterThanOrEqual(0)
        expect(q(d1)).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('7. (exact on integers) q is exactly 1 at the tolerance and exactly 0 at the limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom(-1, 1),
        (target, tol, span, side) => {
          expect(paramCredit(target + side * tol, target, tol, tol + span)).toBe(1)
          expect(paramCredit(target + side * (tol + span), target, tol, tol + span)).toBe(0)
        },
      ),
    )
  })

  it('8. T > T_max gives Tm = 0 and is not by itself a fail', () => {
    fc.assert(
      fc.property(
        procedurePartsArb(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        (parts, share, overS) => {
          const draft = buildProcedure(parts)
          const procedure = { ...draft, passMark: share * (1 - draft.weights.time) }
          const report = scoreOf(procedure, traceOf(procedure, referenceOrder(parts)), {
            durationS: procedure.time.maxS + overS,
          })
          expect(report.components.time).toBe(0)
          expect(report.findings.map((f) => f.kind)).toEqual(['time'])
          expect(report.success).toBe(true)
        },
      ),
    )
  })
})

/** Random work on the toy scene: steps with measurements near or far from target, undos, errors, hints. */
const actionArb = fc.record({
  kind: fc.constantFrom('do', 'do', 'do', 'undo', 'err', 'fix', 'hint'),
  pick: fc.nat(),
  offsets: fc.array(fc.double({ min: -30, max: 30, noNaN: true }), { minLength: 2, maxLength: 2 }),
  ref: fc.constantFrom(undefined, 'L', 'R'),
  dtMs: fc.integer({ min: 0, max: 20_000 }),
})

function gesturesFor(procedure: Procedure, actions: ValueOf<typeof actionArb>[], finish: boolean): Gesture[] {
  let tMs = 0
  const gestures = actions.map(({ kind, pick, offsets, ref, dtMs }, seq): Gesture => {
    tMs += dtMs
    const step = procedure.steps[pick % procedure.steps.length] as Procedure['steps'][number]
    const error = procedure.errors.length > 0 ? procedure.errors[pick % procedure.errors.length] : undefined
    const refParam: Record<string, string> = ref === undefined ? {} : { ref }
    if (kind === 'do') {
      const p = Object.fromEntries(
        (step.params ?? []).map((spec, j) => [spec.id, spec.target + (offsets[j] ?? 0)]),
      )
      return { seq, tMs, type: 'do', target: step.id, p }
    }
    if (kind === 'undo') return { seq, tMs, type: 'undo', target: step.id }
    if ((kind === 'err' || kind === 'fix') && error)
      return { seq, tMs, type: kind, target: error.id, p: refParam }
    return { seq, tMs, type: 'hint' }
  })
  return finish ? [...gestures, { seq: gestures.length, tMs: tMs + 1000, type: 'finish' }] : gestures
}

const attemptFor = (
  procedure: Procedure,
  gestures: Gesture[],
  seed: number,
  mode: Attempt['mode'],
): Attempt => ({
  schema: ATTEMPT_SCHEMA_VERSION,
  id: 'property-attempt',
  exerciseId: toyExercise(procedure).id,
  exerciseVersion: toyExercise(procedure).version,
  procedure: { id: procedure.id, version: procedure.version },
  model: { scene: toyModel.scene, version: toyModel.version },
  seed,
  mode,
  startedAt: '2025-01-01T00:00:00.000Z',
  gestures,
})

describe('SCORING.md properties on whole attempts', () => {
  it('9. the report depends only on the log, whatever order it arrived in', () => {
    const arb = procedurePartsArb().chain((parts) => {
      const procedure = buildProcedure(parts)
      return fc
        .record({
          actions: fc.array(actionArb, { maxLength: 40 }),
          finish: fc.boolean(),
          seed: fc.integer(),
          mode: fc.constantFrom(...MODES),
        })
        .chain(({ actions, finish, seed, mode }) => {
          const gestures = gesturesFor(procedure, actions, finish)
          return fc.record({
            procedure: fc.constant(procedure),
            attempt: fc.constant(attemptFor(procedure, gestures, seed, mode)),
            arrived: fc.shuffledSubarray(gestures, {
              minLength: gestures.length,
              maxLength: gestures.length,
            }),
          })
        })
    })
    fc.assert(
      fc.property(arb, ({ procedure, attempt, arrived }) => {
        const exercise = toyExercise(procedure)
        const report = scoreAttempt(toyModel, exercise, procedure, attempt)
        expect(scoreAttempt(toyModel, exercise, procedure, attempt)).toEqual(report)
        const outOfOrder = { ...attempt, gestures: arrived }
        expect(scoreAttempt(toyModel, exercise, procedure, outOfOrder)).toEqual(report)
        const parsed = parseAttempt(JSON.parse(JSON.stringify(outOfOrder)))
        if (!parsed.ok) throw new Error(`attempt rejected: ${JSON.stringify(parsed.issues)}`)
        expect(scoreAttempt(toyModel, exercise, procedure, parsed.value)).toEqual(report)
      }),
    )
  })

  const doAll = (
    procedure: Procedure,
    order: readonly string[],
    measuredFor: (id: string) => Record<string, number>,
  ) => order.map((id, seq): Gesture => ({ seq, tMs: seq * 1000, type: 'do', target: id, p: measuredFor(id) }))

  const onTargetOf = (procedure: Procedure) => (id: string) =>
    Object.fromEntries((procedure.steps.find((s) => s.id === id)?.params ?? []).map((p) => [p.id, p.target]))

  /** Revises `procedure` to version 2 and checks the versioning rules; returns both reports of the old log. */
  function reviseAndRescore(procedure: Procedure, attempt: Attempt, change: (draft: Procedure) => Procedure) {
    const registry = new ProcedureRegistry()
    const exercise = toyExercise(procedure)
    const v1 = registry.register(procedure)
    const original = scoreAttempt(toyModel, exercise, v1, attempt)
    const v2 = registry.revise(v1, change, '2')
    expect(v2.version).toBe('2')
    expect(procedureFingerprint(v2)).not.toBe(procedureFingerprint(v1))
    expect(() => registry.register({ ...v2, version: '1' })).toThrow(/needs a new version/)
    const oldVersion = registry.get(procedure.id, attempt.procedure.version)
    if (!oldVersion) throw new Error('version 1 lost')
    expect(scoreAttempt(toyModel, exercise, oldVersion, attempt)).toEqual(original)
    const revised = scoreAttempt(toyModel, exercise, v2, {
      ...attempt,
      procedure: { id: v2.id, version: v2.version },
    })
    return { original, revised }
  }

  it('10. a changed step weight makes a new version; an old attempt keeps its original report', () => {
    fc.assert(
      fc.property(procedurePartsArb(), fc.nat(), (parts, pick) => {
        const procedure = buildProcedure(parts)
        // The omitted step makes the weight matter: C = (W − w) / W becomes (W − w) / (W + 1).
        const omitted = stepId(pick % procedure.steps.length)
        const order = referenceOrder(parts).filter((id) => id !== omitted)
        const attempt = attemptFor(procedure, doAll(procedure, order, onTargetOf(procedure)), 1, 'practice')
        const { original, revised } = reviseAndRescore(procedure, attempt, (draft) => {
          const step = draft.steps.find((s) => s.id === omitted)
          if (step) step.weight += 1
          return draft
        })
        expect(revised.components.completion).toBeLessThan(original.components.completion)
        expect(revised.score).toBeLessThan(original.score)
      }),
    )
  })

  it('10. a changed tolerance makes a new version; an old attempt keeps its original report', () => {
    fc.assert(
      fc.property(procedurePartsArb(), (parts) => {
        const procedure = buildProcedure(parts)
        const graded = procedure.steps.flatMap((s) =>
          (s.params ?? []).filter((p) => p.weight > 0).map((p) => ({ s, p })),
        )
        fc.pre(graded.length > 0)
        const { s: step, p: param } = graded[0] as (typeof graded)[number]
        // Halfway between tolerance and limit: q = 1/2 before, 2/3 once the tolerance widens by a quarter span.
        const span = param.limit - param.tol
        const measuredFor = (id: string) => ({
          ...onTargetOf(procedure)(id),
          ...(id === step.id ? { [param.id]: param.target + param.tol + span / 2 } : {}),
        })
        const attempt = attemptFor(
          procedure,
          doAll(procedure, referenceOrder(parts), measuredFor),
          1,
          'practice',
        )
        const { original, revised } = reviseAndRescore(procedure, attempt, (draft) => {
          const spec = draft.steps.find((s) => s.id === step.id)?.params?.find((p) => p.id === param.id)
          if (spec) spec.tol += span / 4
          return draft
        })
        expect(revised.components.parameters).toBeGreaterThan(original.components.parameters)
        expect(revised.score).toBeGreaterThan(original.score)
      }),
    )
  })
})
