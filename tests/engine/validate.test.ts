import { describe, expect, it } from 'vitest'
import { ATTEMPT_SCHEMA_VERSION } from '../../src/engine/schema.ts'
import type { Procedure } from '../../src/engine/schema.ts'
import { formatPath, parseAttempt, parseExercise, parseProcedure } from '../../src/engine/validate.ts'
import { SPLICE, toyExercise } from './fixtures.ts'

const issuesOf = (data: unknown) => {
  const result = parseProcedure(data)
  if (result.ok) throw new Error('expected issues, the procedure was accepted')
  return result.issues
}

const withSteps = (edit: (steps: Procedure['steps']) => Procedure['steps']): Procedure => ({
  ...SPLICE,
  steps: edit(structuredClone(SPLICE.steps)),
})

describe('parseProcedure', () => {
  it('accepts a valid procedure unchanged', () => {
    expect(parseProcedure(SPLICE)).toEqual({ ok: true, value: SPLICE })
  })

  it('names an unknown step in the precedence graph', () => {
    const issues = issuesOf({ ...SPLICE, precedence: [['sleeve', 'splice']] })
    expect(issues).toEqual([{ path: 'precedence[0][1]', code: 'unknown_step', received: 'splice' }])
  })

  it('reports a cycle', () => {
    const issues = issuesOf({ ...SPLICE, precedence: [...SPLICE.precedence, ['cleave', 'sleeve']] })
    expect(issues).toEqual([{ path: 'precedence', code: 'cycle' }])
  })

  it('reports a limit not above the tolerance', () => {
    const procedure = withSteps((steps) => {
      const param = steps[1]?.params?.[0]
      if (param) param.limit = param.tol
      return steps
    })
    expect(issuesOf(procedure)).toEqual([
      { path: 'steps[1].params[0].limit', code: 'limit_not_above_tol', expected: '> 5', received: '5' },
    ])
  })

  it('reports duplicate step and error ids', () => {
    const procedure: Procedure = {
      ...withSteps((steps) => [...steps, { ...steps[0]!, weight: 3 }]),
      errors: [...SPLICE.errors, SPLICE.errors[0]!],
    }
    expect(issuesOf(procedure)).toEqual([
      { path: 'steps[4].id', code: 'duplicate_id', received: 'sleeve' },
      { path: 'errors[3].id', code: 'duplicate_id', received: 'dirty' },
    ])
  })

  it('reports component weights that do not add up to 1', () => {
    const issues = issuesOf({ ...SPLICE, weights: { ...SPLICE.weights, completion: 0.5 } })
    expect(issues).toEqual([{ path: 'weights', code: 'weights_sum', expected: '1', received: '1.200' }])
  })

  it('reports a cut-off time not above the reference time', () => {
    expect(issuesOf({ ...SPLICE, time: { refS: 60, maxS: 60 } })).toEqual([
      { path: 'time.maxS', code: 'too_small', expected: '> 60' },
    ])
  })

  it('answers malformed data with the path and code of each problem', () => {
    const issues = issuesOf({
      ...SPLICE,
      steps: [{ ...SPLICE.steps[0], weight: 'heavy' }],
      passMark: 2,
      minActions: undefined,
    })
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'steps[0].weight',
          code: 'invalid_type',
          expected: 'number',
          received: '"heavy"',
        }),
        expect.objectContaining({ path: 'passMark', code: 'too_big', expected: '<= 1', received: '2' }),
        expect.objectContaining({ path: 'minActions', code: 'invalid_type', received: 'absent' }),
      ]),
    )
    expect(issues).toHaveLength(3)
  })

  it('does not crash on something that is not a procedure at all', () => {
    expect(issuesOf(null)).toEqual([
      expect.objectContaining({ path: '', code: 'invalid_type', received: 'null' }),
    ])
  })
})

describe('parseExercise', () => {
  it('accepts a valid exercise and names a bad mode', () => {
    const exercise = toyExercise(SPLICE)
    expect(parseExercise(exercise)).toEqual({ ok: true, value: exercise })
    const bad = parseExercise({ ...exercise, mode: 'exam' })
    expect(bad.ok ? [] : bad.issues).toEqual([
      expect.objectContaining({ path: 'mode', code: 'invalid_value' }),
    ])
  })
})

describe('parseAttempt', () => {
  const attempt = (seqs: number[]) => ({
    schema: ATTEMPT_SCHEMA_VERSION,
    id: 'a1',
    exerciseId: 'ex',
    exerciseVersion: '1',
    procedure: { id: 'splice', version: '1' },
    model: { scene: 'toy', version: '1' },
    seed: 3,
    mode: 'practice',
    startedAt: '2025-01-01T00:00:00.000Z',
    gestures: seqs.map((seq) => ({ seq, tMs: seq * 100, type: 'do', target: `s${seq}` })),
  })

  it('sorts gestures by seq', () => {
    const result = parseAttempt(attempt([2, 0, 3, 1]))
    expect(result.ok && result.value.gestures.map((g) => g.seq)).toEqual([0, 1, 2, 3])
  })

  it('rejects a gap in the sequence', () => {
    expect(parseAttempt(attempt([0, 1, 3]))).toEqual({
      ok: false,
      issues: [{ path: 'gestures', code: 'sequence_gap', expected: 'seq 2' }],
    })
  })

  it('names a malformed gesture field', () => {
    const data = attempt([0, 1])
    data.gestures[1] = { ...data.gestures[1]!, tMs: -5 }
    const result = parseAttempt(data)
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ path: 'gestures[1].tMs', code: 'too_small' }),
    ])
  })
})

describe('formatPath', () => {
  it('writes dotted paths with array indices', () => {
    expect(formatPath(['steps', 2, 'params', 0, 'limit'])).toBe('steps[2].params[0].limit')
    expect(formatPath([])).toBe('')
  })
})
