/**
 * Benchmark, not a test: scoring a 10 000-outcome attempt must take < 50 ms in Node (ARCHITECTURE.md budgets).
 * Run with `npm run bench:score` (Vitest's bench runner); read the median it prints against the budget.
 */
import { bench, describe } from 'vitest'
import { createRng } from '../../src/engine/rng.ts'
import type { ErrorDef, Procedure, Step } from '../../src/engine/schema.ts'
import { score } from '../../src/engine/score.ts'
import type { Outcome } from '../../src/engine/types.ts'

const STEP_COUNT = 40
const ERROR_COUNT = 10
const OUTCOME_COUNT = 10_000
const RUNS = 50
const WARM_UP_RUNS = 5
const BUDGET_MS = 50

const text = (fr: string) => ({ fr, en: fr })

function syntheticProcedure(): Procedure {
  const steps: Step[] = Array.from({ length: STEP_COUNT }, (_, i) => ({
    id: `s${i}`,
    weight: 1 + (i % 3),
    required: i % 4 !== 0,
    label: text(`étape ${i}`),
    params: [
      {
        id: 'lengthMm',
        unit: 'mm',
        target: 35,
        tol: 5,
        limit: 15,
        weight: 1,
        label: text('l'),
        why: text('w'),
      },
      {
        id: 'angleDeg',
        unit: 'deg',
        target: 0,
        tol: 0.5,
        limit: 2,
        weight: 2,
        label: text('a'),
        why: text('w'),
      },
    ],
  }))
  // A chain through every step, plus a few longer jumps.
  const chain = steps.slice(1).map((step, i): [string, string] => [`s${i}`, step.id])
  const jumps = steps
    .slice(5)
    .map((step, i): [string, string] => [`s${i}`, step.id])
    .filter((_, i) => i % 7 === 0)
  const errors: ErrorDef[] = Array.from({ length: ERROR_COUNT }, (_, i) => ({
    id: `e${i}`,
    level: i === 0 ? 'critical' : i % 2 ? 'warning' : 'error',
    penalty: 0.05,
    recoveredPenalty: 0.01,
    message: text(`erreur ${i}`),
    consequence: text(`conséquence ${i}`),
  }))
  return {
    id: 'bench',
    version: '1',
    scene: 'bench',
    title: text('Banc'),
    steps,
    precedence: [...chain, ...jumps],
    errors,
    time: { refS: 600, maxS: 1800 },
    minActions: STEP_COUNT,
    passMark: 0.7,
    weights: { completion: 0.3, order: 0.2, parameters: 0.25, errors: 0.15, time: 0.05, economy: 0.05 },
    hintPenalty: 0.02,
  }
}

/** A long, messy attempt: steps done, undone and redone, errors raised and recovered, hints. */
function syntheticTrace(): Outcome[] {
  const rng = createRng(2024)
  return Array.from({ length: OUTCOME_COUNT }, (_, seq): Outcome => {
    const tMs = seq * 250
    const step = `s${rng.int(0, STEP_COUNT - 1)}`
    const error = `e${rng.int(1, ERROR_COUNT - 1)}`
    const ref = `r${rng.int(0, 3)}`
    const roll = rng.next()
    if (roll < 0.6) {
      return {
        kind: 'step',
        step,
        seq,
        tMs,
        measured: { lengthMm: 25 + rng.next() * 20, angleDeg: rng.next() * 3 },
      }
    }
    if (roll < 0.75) return { kind: 'undo', step, seq, tMs }
    if (roll < 0.85) return { kind: 'error', error, ref, seq, tMs }
    if (roll < 0.93) return { kind: 'recovered', error, ref, seq, tMs }
    if (roll < 0.96) return { kind: 'hint', seq, tMs }
    return { kind: 'consequence', key: 'lossDb', value: rng.next() * 0.3, unit: 'dB', seq, tMs }
  })
}

const procedure = syntheticProcedure()
const outcomes = syntheticTrace()
const input = {
  outcomes,
  durationS: (OUTCOME_COUNT * 250) / 1000,
  actionCount: OUTCOME_COUNT,
  mode: 'evaluation' as const,
}

describe(`score() on ${OUTCOME_COUNT} outcomes, ${STEP_COUNT} steps (budget: median < ${BUDGET_MS} ms)`, () => {
  bench(
    'score',
    () => {
      score(input, procedure)
    },
    { iterations: RUNS, warmupIterations: WARM_UP_RUNS },
  )
})
