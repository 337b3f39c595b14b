import { beforeEach, describe, expect, it } from 'vitest'
import { paramCredit, score } from '../../src/engine/score.ts'
import type { ScoreInput } from '../../src/engine/score.ts'
import type { Procedure } from '../../src/engine/schema.ts'
import type { Outcome } from '../../src/engine/types.ts'
import { ON_TARGET, SPLICE, error, hint, perfectSplice, recovered, resetSeq, step, undo } from './fixtures.ts'

const close = (value: number) => expect.closeTo(value, 10)

/** The trainee's "finish" after the last outcome: only a finished attempt can pass. */
const finishedAfter = (outcomes: readonly Outcome[]): Outcome => {
  const seq = Math.max(-1, ...outcomes.map((o) => o.seq)) + 1
  return { kind: 'finished', seq, tMs: seq * 1000 }
}

const run = (outcomes: Outcome[], input: Partial<ScoreInput> = {}, procedure: Procedure = SPLICE) =>
  score(
    {
      outcomes: [...outcomes, finishedAfter(outcomes)],
      durationS: 60,
      actionCount: 4,
      mode: 'practice',
      ...input,
    },
    procedure,
  )

beforeEach(resetSeq)

describe('score — a perfect attempt', () => {
  it('scores 1 on every component, passes and has no findings', () => {
    const report = run(perfectSplice())
    expect(report).toEqual({
      procedure: { id: 'splice', version: '1' },
      mode: 'practice',
      score: close(1),
      components: { completion: 1, order: 1, parameters: 1, errors: 1, time: 1, economy: 1 },
      success: true,
      finished: true,
      graded: true,
      passMark: 0.7,
      durationS: 60,
      actionCount: 4,
      hintsUsed: 0,
      criticalErrors: 0,
      findings: [],
    })
  })

  it('judges outcomes by seq, not by their place in the array', () => {
    const outcomes = perfectSplice()
    expect(run(outcomes.slice().reverse())).toEqual(run(outcomes))
  })
})

describe('score — an attempt the trainee did not finish', () => {
  it('is never a success, even when the work itself is perfect', () => {
    const report = score(
      { outcomes: perfectSplice(), durationS: 60, actionCount: 4, mode: 'practice' },
      SPLICE,
    )
    expect(report.score).toBeCloseTo(1, 10)
    expect(report.finished).toBe(false)
    expect(report.success).toBe(false)
  })
})

describe('score — completion', () => {
  it('loses the weight share of a missing optional step, with an info finding', () => {
    const report = run([step('sleeve'), step('strip', ON_TARGET.strip), step('cleave', ON_TARGET.cleave)])
    expect(report.components.completion).toBeCloseTo(5 / 6, 10)
    expect(report.score).toBeCloseTo(0.95, 10)
    expect(report.success).toBe(true)
    expect(report.findings).toEqual([
      { kind: 'missing-step', level: 'info', step: 'clean', pointsLost: close(5) },
    ])
  })

  it('fails when a required step is missing, with an error finding', () => {
    const report = run([step('sleeve'), step('clean'), step('cleave', ON_TARGET.cleave)])
    expect(report.components.completion).toBeCloseTo(4 / 6, 10)
    expect(report.score).toBeCloseTo(0.9, 10)
    expect(report.success).toBe(false)
    expect(report.findings).toEqual([
      { kind: 'missing-step', level: 'error', step: 'strip', pointsLost: close(10) },
    ])
  })

  it('counts a step as done only if its last step/undo outcome is a step', () => {
    const undone = run([...perfectSplice(), undo('clean')])
    expect(undone.components.completion).toBeCloseTo(5 / 6, 10)
    resetSeq()
    const redone = run([...perfectSplice(), undo('clean'), step('clean')])
    expect(redone.components.completion).toBe(1)
  })

  it('gives no finding for a missing optional step of weight 0', () => {
    const procedure: Procedure = {
      ...SPLICE,
      steps: SPLICE.steps.map((s) => (s.id === 'clean' ? { ...s, weight: 0 } : s)),
    }
    const report = run(
      [step('sleeve'), step('strip', ON_TARGET.strip), step('cleave', ON_TARGET.cleave)],
      {},
      procedure,
    )
    expect(report.components.completion).toBe(1)
    expect(report.findings).toEqual([])
  })

  it('throws on a step the procedure does not know', () => {
    expect(() => run([step('splice')])).toThrow(/step 'splice', unknown to procedure splice@1/)
  })
})

describe('score — order', () => {
  it('counts violated precedence pairs among the pairs whose steps were both done', () => {
    const report = run([
      step('strip', ON_TARGET.strip),
      step('sleeve'),
      step('clean'),
      step('cleave', ON_TARGET.cleave),
    ])
    expect(report.components.order).toBeCloseTo(2 / 3, 10)
    expect(report.score).toBeCloseTo(1 - 0.2 / 3, 10)
    expect(report.findings).toEqual([
      {
        kind: 'order',
        level: 'warning',
        step: 'strip',
        before: 'sleeve',
        seq: 0,
        tMs: 0,
        pointsLost: close(20 / 3),
      },
    ])
  })

  it('judges order on first completions: a step redone later keeps its first time', () => {
    const sleeveFirst = run([
      step('sleeve'),
      undo('sleeve'),
      step('strip', ON_TARGET.strip),
      step('sleeve'),
      step('clean'),
      step('cleave', ON_TARGET.cleave),
    ])
    expect(sleeveFirst.components.order).toBe(1)
    resetSeq()
    const stripFirst = run([
      step('strip', ON_TARGET.strip),
      step('sleeve'),
      undo('strip'),
      step('strip', ON_TARGET.strip),
      step('clean'),
      step('cleave', ON_TARGET.cleave),
    ])
    expect(stripFirst.components.order).toBeCloseTo(2 / 3, 10)
  })

  it('leaves pairs with a step not done out of P', () => {
    const report = run([
      step('strip', ON_TARGET.strip),
      step('sleeve'),
      undo('sleeve'),
      step('clean'),
      step('cleave', ON_TARGET.cleave),
    ])
    expect(report.components.order).toBe(1)
  })

  it('is 1 when no pair has both steps done', () => {
    expect(run([step('sleeve')]).components.order).toBe(1)
  })

  it('counts a pair listed twice once', () => {
    const procedure: Procedure = { ...SPLICE, precedence: [...SPLICE.precedence, ['sleeve', 'strip']] }
    const report = run(
      [step('strip', ON_TARGET.strip), step('sleeve'), step('clean'), step('cleave', ON_TARGET.cleave)],
      {},
      procedure,
    )
    expect(report.components.order).toBeCloseTo(2 / 3, 10)
  })
})

describe('score — parameters', () => {
  it('weights each parameter credit and explains each one below 1', () => {
    const report = run([
      step('sleeve'),
      step('clean'),
      step('strip', { lengthMm: 42 }),
      step('cleave', { angleDeg: 1.25, lengthMm: 16 }),
    ])
    // strip: q = (15 − 7) / (15 − 5) = 0.8; angle: q = (2 − 1.25) / 1.5 = 0.5; Q = (0.8 + 0.5 + 2) / 4.
    expect(report.components.parameters).toBeCloseTo(0.825, 10)
    expect(report.score).toBeCloseTo(1 - 0.25 * 0.175, 10)
    expect(report.findings).toEqual([
      {
        kind: 'parameter',
        level: 'warning',
        step: 'cleave',
        param: 'angleDeg',
        value: 1.25,
        unit: 'deg',
        target: 0,
        tol: 0.5,
        limit: 2,
        seq: 3,
        tMs: 3000,
        message: { fr: 'why angle', en: 'why angle' },
        pointsLost: close(3.125),
      },
      expect.objectContaining({
        kind: 'parameter',
        step: 'strip',
        param: 'lengthMm',
        value: 42,
        pointsLost: close(1.25),
      }),
    ])
  })

  it('marks a value beyond the limit as an error finding with q = 0', () => {
    const report = run([
      step('sleeve'),
      step('clean'),
      step('strip', { lengthMm: 60 }),
      step('cleave', ON_TARGET.cleave),
    ])
    expect(report.components.parameters).toBeCloseTo(0.75, 10)
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'parameter',
        level: 'error',
        param: 'lengthMm',
        pointsLost: close(6.25),
      }),
    ])
  })

  it('keeps the last measured value: a re-cleave replaces a bad cleave', () => {
    const report = run([
      step('sleeve'),
      step('clean'),
      step('strip', ON_TARGET.strip),
      step('cleave', { angleDeg: 3, lengthMm: 16 }),
      step('cleave', { angleDeg: 0.2, lengthMm: 16 }),
    ])
    expect(report.components.parameters).toBe(1)
  })

  it('ignores the parameters of a step that is not done', () => {
    const report = run([
      step('sleeve'),
      step('strip', { lengthMm: 60 }),
      undo('strip'),
      step('cleave', ON_TARGET.cleave),
    ])
    expect(report.components.parameters).toBe(1)
    expect(report.findings.some((f) => f.kind === 'parameter')).toBe(false)
  })

  it('is 1 when no done step has parameters', () => {
    expect(run([step('sleeve')]).components.parameters).toBe(1)
  })

  it('throws when a done step lacks a graded measurement', () => {
    expect(() => run([step('strip', {})])).toThrow(/'strip' of splice@1 .* 'lengthMm'/)
  })
})

describe('paramCredit', () => {
  it.each([
    [35, 1],
    [40, 1],
    [30, 1],
    [42, 0.8],
    [28, 0.8],
    [50, 0],
    [20, 0],
    [90, 0],
  ])('x = %d around 35 ± 5 (limit 15) → %d', (x, expected) => {
    expect(paramCredit(x, 35, 5, 15)).toBeCloseTo(expected, 12)
  })

  it('works with a zero tolerance', () => {
    expect(paramCredit(0, 0, 0, 2)).toBe(1)
    expect(paramCredit(0.5, 0, 0, 2)).toBe(0.75)
  })
})

describe('score — errors', () => {
  it('charges recovered errors less, matching the recovery on error id and ref', () => {
    const report = run([
      ...perfectSplice(),
      error('dirty', 'L'),
      recovered('dirty', 'L'),
      error('bad-cleave'),
      error('dirty', 'R'),
    ])
    // 0.05 (recovered) + 0.4 + 0.2 (ref R was not recovered)
    expect(report.components.errors).toBeCloseTo(0.35, 10)
    expect(report.score).toBeCloseTo(1 - 0.15 * 0.65, 10)
    expect(report.findings).toEqual([
      {
        kind: 'error',
        level: 'error',
        error: 'bad-cleave',
        recovered: false,
        seq: 6,
        tMs: 6000,
        message: { fr: 'message bad-cleave', en: 'message bad-cleave' },
        consequence: { fr: 'consequence bad-cleave', en: 'consequence bad-cleave' },
        pointsLost: close(6),
      },
      expect.objectContaining({ error: 'dirty', recovered: false, seq: 7, pointsLost: close(3) }),
      expect.objectContaining({ error: 'dirty', recovered: true, seq: 4, pointsLost: close(0.75) }),
    ])
  })

  it('does not count a recovery that came before the error', () => {
    const report = run([...perfectSplice(), recovered('dirty'), error('dirty')])
    expect(report.components.errors).toBeCloseTo(0.8, 10)
  })

  it('floors the component at 0, and the findings add up to what was lost', () => {
    const report = run([...perfectSplice(), error('bad-cleave'), error('bad-cleave'), error('bad-cleave')])
    expect(report.components.errors).toBe(0)
    expect(report.findings.map((f) => f.pointsLost)).toEqual([close(6), close(6), close(3)])
  })

  it('fails on a critical error even when recovered and the score is above the pass mark', () => {
    const report = run([...perfectSplice(), error('eye'), recovered('eye')])
    expect(report.score).toBeCloseTo(0.925, 10)
    expect(report.criticalErrors).toBe(1)
    expect(report.success).toBe(false)
    expect(report.findings[0]).toMatchObject({ kind: 'error', level: 'critical', recovered: true })
  })

  it('throws on an error or a recovery that is not in the catalogue', () => {
    expect(() => run([error('fire')])).toThrow(/error 'fire', not in the catalogue of procedure splice@1/)
    expect(() => run([recovered('fire')])).toThrow(/'fire', not in the catalogue/)
  })
})

describe('score — time', () => {
  it('is 1 up to the reference time', () => {
    expect(run(perfectSplice(), { durationS: 60 }).components.time).toBe(1)
  })

  it('falls linearly to 0 at the cut-off', () => {
    const report = run(perfectSplice(), { durationS: 120 })
    expect(report.components.time).toBeCloseTo(0.5, 10)
    expect(report.findings).toEqual([
      { kind: 'time', level: 'info', value: 120, unit: 's', target: 60, limit: 180, pointsLost: close(2.5) },
    ])
  })

  it('is 0 beyond the cut-off, which does not fail the attempt by itself', () => {
    const report = run(perfectSplice(), { durationS: 400 })
    expect(report.components.time).toBe(0)
    expect(report.score).toBeCloseTo(0.95, 10)
    expect(report.success).toBe(true)
  })
})

describe('score — economy', () => {
  it.each([
    [4, 1],
    [3, 1],
    [0, 1],
    [5, 0.8],
    [8, 0.5],
  ])('%d actions for 4 minimal → %d', (actionCount, expected) => {
    expect(run(perfectSplice(), { actionCount }).components.economy).toBeCloseTo(expected, 12)
  })

  it('explains the extra actions', () => {
    expect(run(perfectSplice(), { actionCount: 5 }).findings).toEqual([
      { kind: 'economy', level: 'info', value: 5, unit: 'count', target: 4, count: 5, pointsLost: close(1) },
    ])
  })
})

describe('score — hints and modes', () => {
  const withHints = () => [...perfectSplice(), hint(), hint(), hint()]

  it('charges each hint in practice mode', () => {
    const report = run(withHints())
    expect(report.score).toBeCloseTo(0.94, 10)
    expect(report.hintsUsed).toBe(3)
    expect(report.findings).toEqual([
      { kind: 'hint', level: 'info', count: 3, seq: 4, tMs: 4000, pointsLost: close(6) },
    ])
  })

  it('charges hints the same in evaluation mode', () => {
    expect(run(withHints(), { mode: 'evaluation' }).score).toBeCloseTo(0.94, 10)
  })

  it('does not grade guided mode and leaves its hints free', () => {
    const report = run(withHints(), { mode: 'guided' })
    expect(report.graded).toBe(false)
    expect(report.mode).toBe('guided')
    expect(report.score).toBeCloseTo(1, 10)
    expect(report.hintsUsed).toBe(3)
    expect(report.findings).toEqual([])
  })

  it('never takes the score below 0', () => {
    const outcomes = [...perfectSplice(), ...Array.from({ length: 60 }, hint)]
    const report = run(outcomes)
    expect(report.score).toBe(0)
    expect(report.findings[0]?.pointsLost).toBeCloseTo(100, 10)
  })
})

describe('score — success and findings order', () => {
  it('passes at exactly the pass mark despite float rounding', () => {
    const procedure: Procedure = { ...SPLICE, passMark: 0.95 }
    const report = run(
      [step('sleeve'), step('strip', ON_TARGET.strip), step('cleave', ON_TARGET.cleave)],
      {},
      procedure,
    )
    expect(report.success).toBe(true)
  })

  it('fails below the pass mark', () => {
    const strict: Procedure = { ...SPLICE, passMark: 0.8 }
    const outcomes = [...perfectSplice(), error('bad-cleave'), error('bad-cleave')]
    const report = run(outcomes, { durationS: 400, actionCount: 40 }, strict)
    // 1 − 0.15·0.8 − 0.05·1 − 0.05·0.9
    expect(report.score).toBeCloseTo(0.785, 10)
    expect(report.success).toBe(false)
  })

  it('sorts findings: critical first, then by points lost, then by seq', () => {
    const report = run(
      [
        step('strip', { lengthMm: 42 }),
        step('sleeve'),
        error('dirty', 'A'),
        error('dirty', 'B'),
        step('cleave', ON_TARGET.cleave),
        error('eye'),
      ],
      { durationS: 120 },
    )
    expect(report.findings.map((f) => [f.kind, f.step ?? f.error, f.seq])).toEqual([
      ['error', 'eye', 5],
      ['order', 'strip', 0],
      ['missing-step', 'clean', undefined],
      ['error', 'dirty', 2],
      ['error', 'dirty', 3],
      ['time', undefined, undefined],
      ['parameter', 'strip', 0],
    ])
    const points = report.findings.slice(1).map((f) => f.pointsLost)
    expect(points).toEqual(points.slice().sort((a, b) => b - a))
  })

  it('rejects impossible inputs', () => {
    expect(() => run([], { durationS: -1 })).toThrow(RangeError)
    expect(() => run([], { durationS: Number.NaN })).toThrow(RangeError)
    expect(() => run([], { actionCount: 1.5 })).toThrow(RangeError)
  })
})
