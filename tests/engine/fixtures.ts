/**
 * Shared test material: a small hand-checkable procedure, a toy scene model that turns gestures straight into
 * outcomes, and outcome builders. Numbers are chosen so every expected score can be worked out by hand.
 */
import type { ErrorDef, Exercise, Gesture, Procedure } from '../../src/engine/schema.ts'
import type { Outcome, SceneModel } from '../../src/engine/types.ts'
import { nextRandom } from '../../src/engine/rng.ts'

const text = (fr: string) => ({ fr, en: fr })

const errorDef = (
  id: string,
  level: ErrorDef['level'],
  penalty: number,
  recoveredPenalty: number,
): ErrorDef => ({
  id,
  level,
  penalty,
  recoveredPenalty,
  message: text(`message ${id}`),
  consequence: text(`consequence ${id}`),
})

/**
 * Four steps, Σw = 6: sleeve (1) → strip (2) → cleave (2), clean (1, optional) → cleave.
 * Param weights: strip.lengthMm 1, cleave.angleDeg 1, cleave.lengthMm 2 (Σ 4).
 */
export const SPLICE: Procedure = {
  id: 'splice',
  version: '1',
  scene: 'toy',
  title: text('Soudure'),
  steps: [
    { id: 'sleeve', weight: 1, required: true, label: text('gaine') },
    {
      id: 'strip',
      weight: 2,
      required: true,
      label: text('dénuder'),
      params: [
        {
          id: 'lengthMm',
          unit: 'mm',
          target: 35,
          tol: 5,
          limit: 15,
          weight: 1,
          label: text('longueur'),
          why: text('why strip'),
        },
      ],
    },
    {
      id: 'cleave',
      weight: 2,
      required: true,
      label: text('cliver'),
      params: [
        {
          id: 'angleDeg',
          unit: 'deg',
          target: 0,
          tol: 0.5,
          limit: 2,
          weight: 1,
          label: text('angle'),
          why: text('why angle'),
        },
        {
          id: 'lengthMm',
          unit: 'mm',
          target: 16,
          tol: 1,
          limit: 3,
          weight: 2,
          label: text('longueur'),
          why: text('why cut'),
        },
      ],
    },
    { id: 'clean', weight: 1, required: false, label: text('nettoyer') },
  ],
  precedence: [
    ['sleeve', 'strip'],
    ['strip', 'cleave'],
    ['clean', 'cleave'],
  ],
  errors: [
    errorDef('dirty', 'warning', 0.2, 0.05),
    errorDef('bad-cleave', 'error', 0.4, 0.1),
    errorDef('eye', 'critical', 0.5, 0.5),
  ],
  time: { refS: 60, maxS: 180 },
  minActions: 4,
  passMark: 0.7,
  weights: { completion: 0.3, order: 0.2, parameters: 0.25, errors: 0.15, time: 0.05, economy: 0.05 },
  hintPenalty: 0.02,
}

/** Measurements exactly on target. */
export const ON_TARGET: Record<string, Record<string, number>> = {
  strip: { lengthMm: 35 },
  cleave: { angleDeg: 0, lengthMm: 16 },
}

let clockSeq = 0
/** Outcome builders: each call takes the next seq unless one is given; tMs = seq × 1000. */
export const resetSeq = () => {
  clockSeq = 0
}
const at = (seq?: number) => {
  const s = seq ?? clockSeq++
  return { seq: s, tMs: s * 1000 }
}
export const step = (id: string, measured?: Record<string, number>, seq?: number): Outcome => ({
  kind: 'step',
  step: id,
  ...at(seq),
  ...(measured ? { measured } : {}),
})
export const undo = (id: string): Outcome => ({ kind: 'undo', step: id, ...at() })
export const error = (id: string, ref?: string): Outcome => ({
  kind: 'error',
  error: id,
  ...at(),
  ...(ref ? { ref } : {}),
})
export const recovered = (id: string, ref?: string): Outcome => ({
  kind: 'recovered',
  error: id,
  ...at(),
  ...(ref ? { ref } : {}),
})
export const hint = (): Outcome => ({ kind: 'hint', ...at() })

/** The reference trace of SPLICE, in a valid order, on target. */
export const perfectSplice = (): Outcome[] => {
  resetSeq()
  return [step('sleeve'), step('clean'), step('strip', ON_TARGET.strip), step('cleave', ON_TARGET.cleave)]
}

export type ToyState = { done: string[]; openErrors: string[]; rng: number; draws: number[] }

/**
 * A scene model with no physics: `do <step>` completes the step with `p` as its measurements, `undo <step>`
 * (only a done step), `err <error>` and `fix <error>` (only an open error; both match on p.ref), `hint`,
 * `finish`. Outcomes depend on the state, as in a real scene, so applying gestures in another order changes
 * them. Every gesture draws one random number, so replays also check that the seeded RNG lives in the state.
 */
export const toyModel: SceneModel<ToyState> = {
  scene: 'toy',
  version: '1',
  init: (_exercise, seed) => ({ done: [], openErrors: [], rng: seed, draws: [] }),
  apply(state, g: Gesture) {
    const [draw, rng] = nextRandom(state.rng)
    const mark = { seq: g.seq, tMs: g.tMs }
    const target = g.target ?? ''
    const ref = typeof g.p?.ref === 'string' ? { ref: g.p.ref } : {}
    const errorKey = `${target}/${ref.ref ?? ''}`
    const next: ToyState = { ...state, rng, draws: [...state.draws, draw] }
    const reject = (reason: string) => ({
      state: next,
      outcomes: [{ kind: 'rejected', reason, ...mark } as const],
    })
    const measured = Object.fromEntries(
      Object.entries(g.p ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
    )
    switch (g.type) {
      case 'do':
        return {
          state: { ...next, done: [...state.done.filter((s) => s !== target), target] },
          outcomes: [{ kind: 'step', step: target, ...mark, measured }],
        }
      case 'undo':
        if (!state.done.includes(target)) return reject('not-done')
        return {
          state: { ...next, done: state.done.filter((s) => s !== target) },
          outcomes: [{ kind: 'undo', step: target, ...mark }],
        }
      case 'err':
        return {
          state: { ...next, openErrors: [...state.openErrors, errorKey] },
          outcomes: [{ kind: 'error', error: target, ...mark, ...ref }],
        }
      case 'fix':
        if (!state.openErrors.includes(errorKey)) return reject('nothing-to-fix')
        return {
          state: { ...next, openErrors: state.openErrors.filter((key) => key !== errorKey) },
          outcomes: [{ kind: 'recovered', error: target, ...mark, ...ref }],
        }
      case 'hint':
        return { state: next, outcomes: [{ kind: 'hint', ...mark }] }
      case 'finish':
        return { state: next, outcomes: [{ kind: 'finished', ...mark }] }
      default:
        return reject('unknown-gesture')
    }
  },
}

export const toyExercise = (procedure: Procedure): Exercise => ({
  id: `${procedure.id}-exercise`,
  scene: 'toy',
  version: '1',
  mode: 'practice',
  title: text('Exercice'),
  objective: text('Objectif'),
  instruction: text('Consigne'),
  tools: [],
  procedure: { id: procedure.id, version: procedure.version },
  setup: {},
})
