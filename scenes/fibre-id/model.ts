/**
 * "Repérage des fibres": a cable end on the work mat, its loose tubes, and a fibre organiser.
 * The trainee opens the right tube, takes fibres by their end and lays them into the organiser
 * slots in code order. Pure reducer: gestures in, state and outcomes out.
 */
import { shuffled } from '../../src/engine/rng.ts'
import { mm } from '../../src/engine/units.ts'
import type { Exercise, Gesture } from '../../src/engine/schema.ts'
import type { Outcome, SceneModel } from '../../src/engine/types.ts'
import { parseFibreIdSetup } from './setup.ts'
import type { FibreIdSetup } from './setup.ts'

export const FIBRE_ID_MODEL_VERSION = '1.0.0'

/**
 * The tube is opened by drawing the cutter along its marked window; a stroke shorter than this
 * share of the window does not split the tube (a teaching rule, not a trade number).
 */
export const TUBE_WINDOW_MM = mm(120)
export const MIN_SLIT_SHARE = 0.8

export const ERR = {
  wrongTube: 'FI-E01',
  wrongSlot: 'FI-E02',
  wrongFibre: 'FI-E03',
  dropped: 'FI-E04',
} as const

export type FibreLocation =
  { at: 'fan' } | { at: 'held' } | { at: 'slot'; slot: number } | { at: 'mat'; xMm: number; zMm: number }

export type FibreState = {
  id: string
  tube: number
  number: number
  /** Place in the fan when its tube is open; shuffled, because fibres leave a tube in no order. */
  fanIndex: number
  location: FibreLocation
}

export type FibreIdState = {
  setup: FibreIdSetup
  /** Open flag per tube, tube 1 first. */
  tubesOpen: boolean[]
  fibres: Record<string, FibreState>
  held: string | null
  /** Fibre id in each organiser slot, slot 1 first. */
  slots: (string | null)[]
  /** Fibres sitting where they should not, with the error raised, so putting them right is credited. */
  misplaced: Record<string, string>
  finished: boolean
}

export const fibreId = (tube: number, number: number) => `f${tube}.${number}`
export const tubeId = (tube: number) => `t${tube}`
export const slotId = (slot: number) => `s${slot}`

const parseIndex = (target: string | undefined, prefix: string): number | null => {
  if (!target?.startsWith(prefix)) return null
  const n = Number(target.slice(prefix.length))
  return Number.isInteger(n) && n >= 1 ? n : null
}

/** The tube whose fibres the task is about. */
export function workTube(setup: FibreIdSetup): number {
  return setup.task.kind === 'find' ? setup.task.tube : 1
}

/** Step id for laying fibre `number` of the work tube into its own slot. */
export const layStepId = (number: number) => `FI-${String(number).padStart(2, '0')}`
export const OPEN_TUBE_STEP = 'CP-07'
export const FIND_STEP = 'FI-OT'

function correctSlotFor(setup: FibreIdSetup, fibre: FibreState): number | null {
  if (fibre.tube !== workTube(setup)) return null
  if (setup.task.kind === 'find' && fibre.number !== setup.task.fibre) return null
  return fibre.number
}

function stepFor(setup: FibreIdSetup, fibre: FibreState): string {
  return setup.task.kind === 'find' ? FIND_STEP : layStepId(fibre.number)
}

function init(exercise: Exercise, seed: number): FibreIdState {
  const parsed = parseFibreIdSetup(exercise.setup)
  if (!parsed.ok)
    throw new Error(`Exercise ${exercise.id}: invalid fibre-id setup (${JSON.stringify(parsed.issues)})`)
  const setup = parsed.value
  const fibres: Record<string, FibreState> = {}
  let rng = seed | 0
  for (let tube = 1; tube <= setup.tubeCount; tube++) {
    const numbers = Array.from({ length: setup.fibresPerTube }, (_, i) => i + 1)
    const [order, next] = shuffled(numbers, rng)
    rng = next
    order.forEach((number, fanIndex) => {
      const id = fibreId(tube, number)
      fibres[id] = { id, tube, number, fanIndex, location: { at: 'fan' } }
    })
  }
  return {
    setup,
    // A single-tube exercise starts with the tube already opened and its fibres fanned out.
    tubesOpen: Array.from({ length: setup.tubeCount }, () => setup.task.kind === 'lay-all'),
    fibres,
    held: null,
    slots: Array.from({ length: setup.fibresPerTube }, () => null),
    misplaced: {},
    finished: false,
  }
}

type Result = { state: FibreIdState; outcomes: Outcome[] }

function apply(state: FibreIdState, g: Gesture): Result {
  const at = { seq: g.seq, tMs: g.tMs }
  const reject = (reason: string, detail?: Record<string, string | number>): Result => ({
    state,
    outcomes: [{ kind: 'rejected', reason, ...at, ...(detail ? { detail } : {}) }],
  })
  if (state.finished) return reject('attempt-finished')

  switch (g.type) {
    case 'hint':
      return { state, outcomes: [{ kind: 'hint', ...at }] }
    case 'finish':
      return { state: { ...state, finished: true }, outcomes: [{ kind: 'finished', ...at }] }
    case 'open-tube':
      return openTube(state, g, at, reject)
    case 'take':
      return take(state, g, at, reject)
    case 'place':
      return place(state, g, at, reject)
    case 'put-back':
    case 'drop':
      return release(state, g, at, reject)
    default:
      return reject('unknown-gesture', { type: g.type })
  }
}

type At = { seq: number; tMs: number }
type Reject = (reason: string, detail?: Record<string, string | number>) => Result

function openTube(state: FibreIdState, g: Gesture, at: At, reject: Reject): Result {
  const tube = parseIndex(g.target, 't')
  if (tube === null || tube > state.setup.tubeCount)
    return reject('unknown-target', { target: g.target ?? '' })
  if (state.tubesOpen[tube - 1]) return reject('tube-already-open', { tube })
  const slitMm = mm(Number(g.p?.slitMm ?? 0))
  if (slitMm < TUBE_WINDOW_MM * MIN_SLIT_SHARE)
    return reject('slit-too-short', { slitMm: Math.round(slitMm) })
  const tubesOpen = state.tubesOpen.map((open, i) => open || i === tube - 1)
  const outcomes: Outcome[] =
    tube === workTube(state.setup)
      ? [{ kind: 'step', step: OPEN_TUBE_STEP, ...at }]
      : [{ kind: 'error', error: ERR.wrongTube, ref: tubeId(tube), ...at, detail: { tube } }]
  return { state: { ...state, tubesOpen }, outcomes }
}

function take(state: FibreIdState, g: Gesture, at: At, reject: Reject): Result {
  if (state.held) return reject('hand-full', { fibre: state.held })
  const fibre = g.target ? state.fibres[g.target] : undefined
  if (!fibre) return reject('unknown-target', { target: g.target ?? '' })
  if (!state.tubesOpen[fibre.tube - 1]) return reject('tube-closed', { tube: fibre.tube })
  const outcomes: Outcome[] = []
  let slots = state.slots
  let misplaced = state.misplaced
  if (fibre.location.at === 'slot') {
    const slot = fibre.location.slot
    slots = slots.map((id, i) => (i === slot - 1 ? null : id))
    if (correctSlotFor(state.setup, fibre) === slot)
      outcomes.push({ kind: 'undo', step: stepFor(state.setup, fibre), ...at })
    // Taking a wrong fibre back out of the organiser puts that mistake right.
    if (misplaced[fibre.id] === ERR.wrongFibre) {
      outcomes.push({ kind: 'recovered', error: ERR.wrongFibre, ref: fibre.id, ...at })
      misplaced = withoutKey(misplaced, fibre.id)
    }
  }
  const fibres = { ...state.fibres, [fibre.id]: { ...fibre, location: { at: 'held' } as const } }
  return { state: { ...state, fibres, slots, misplaced, held: fibre.id }, outcomes }
}

function place(state: FibreIdState, g: Gesture, at: At, reject: Reject): Result {
  if (!state.held) return reject('not-holding')
  const slot = parseIndex(g.target, 's')
  if (slot === null || slot > state.slots.length) return reject('unknown-target', { target: g.target ?? '' })
  if (state.slots[slot - 1]) return reject('slot-occupied', { slot })
  const fibre = state.fibres[state.held] as FibreState
  const offsetMm = mm(Math.abs(Number(g.p?.offsetMm ?? 0)))
  const outcomes: Outcome[] = []
  let misplaced = state.misplaced
  const correct = correctSlotFor(state.setup, fibre)
  const detail = { fibre: fibre.number, tube: fibre.tube, slot }
  if (correct === slot) {
    outcomes.push({ kind: 'step', step: stepFor(state.setup, fibre), ...at, measured: { offsetMm } })
    if (misplaced[fibre.id] === ERR.wrongSlot) {
      outcomes.push({ kind: 'recovered', error: ERR.wrongSlot, ref: fibre.id, ...at })
      misplaced = withoutKey(misplaced, fibre.id)
    }
  } else if (correct === null) {
    // A fibre the work order does not ask for (another tube, or not the fibre of a "find" task).
    outcomes.push({ kind: 'error', error: ERR.wrongFibre, ref: fibre.id, ...at, detail })
    misplaced = { ...misplaced, [fibre.id]: ERR.wrongFibre }
  } else if (!misplaced[fibre.id]) {
    outcomes.push({ kind: 'error', error: ERR.wrongSlot, ref: fibre.id, ...at, detail })
    misplaced = { ...misplaced, [fibre.id]: ERR.wrongSlot }
  }
  const fibres = { ...state.fibres, [fibre.id]: { ...fibre, location: { at: 'slot', slot } as const } }
  const slots = state.slots.map((id, i) => (i === slot - 1 ? fibre.id : id))
  return { state: { ...state, fibres, slots, misplaced, held: null }, outcomes }
}

function release(state: FibreIdState, g: Gesture, at: At, reject: Reject): Result {
  if (!state.held) return reject('not-holding')
  const fibre = state.fibres[state.held] as FibreState
  const dropped = g.type === 'drop'
  const location: FibreLocation = dropped
    ? { at: 'mat', xMm: Number(g.p?.xMm ?? 0), zMm: Number(g.p?.zMm ?? 0) }
    : { at: 'fan' }
  const fibres = { ...state.fibres, [fibre.id]: { ...fibre, location } }
  const outcomes: Outcome[] = dropped
    ? [
        {
          kind: 'error',
          error: ERR.dropped,
          ref: fibre.id,
          ...at,
          detail: { fibre: fibre.number, tube: fibre.tube },
        },
      ]
    : []
  return { state: { ...state, fibres, held: null }, outcomes }
}

function withoutKey(record: Record<string, string>, key: string): Record<string, string> {
  const copy = { ...record }
  delete copy[key]
  return copy
}

export const fibreIdModel: SceneModel<FibreIdState> = {
  scene: 'fibre-id',
  version: FIBRE_ID_MODEL_VERSION,
  init,
  apply,
}

export type Hint =
  | { kind: 'open-tube'; tube: number }
  | { kind: 'take'; fibre: string }
  | { kind: 'place'; slot: number }
  | { kind: 'put-back'; fibre: string; takenSlot?: number }

/** The next thing a hint points at, derived from the state (never stored). Follows the code order. */
export function nextHint(state: FibreIdState): Hint | null {
  const { setup } = state
  const tube = workTube(setup)
  if (!state.tubesOpen[tube - 1]) return { kind: 'open-tube', tube }
  const wanted =
    setup.task.kind === 'find'
      ? [setup.task.fibre]
      : Array.from({ length: setup.fibresPerTube }, (_, i) => i + 1)
  const next = wanted.find((number) => state.slots[number - 1] !== fibreId(tube, number))
  if (next === undefined) {
    // Every wanted fibre is in place, so one still in hand is not wanted: it goes back (a wrong fibre
    // taken out of the organiser is no longer `misplaced`, yet still must not be left in the hand).
    if (state.held) return { kind: 'put-back', fibre: state.held }
    const leftOver = Object.keys(state.misplaced)[0]
    return leftOver ? { kind: 'take', fibre: leftOver } : null
  }
  const nextFibre = fibreId(tube, next)
  const occupant = state.slots[next - 1]
  if (state.held) {
    if (state.held !== nextFibre) return { kind: 'put-back', fibre: state.held }
    // The right fibre, but another one sits in its place: that one has to come out first.
    return occupant ? { kind: 'put-back', fibre: state.held, takenSlot: next } : { kind: 'place', slot: next }
  }
  return { kind: 'take', fibre: occupant ?? nextFibre }
}

/** True when the work order is fulfilled: every wanted fibre sits in its own slot. */
export function taskComplete(state: FibreIdState): boolean {
  return nextHint(state) === null
}
