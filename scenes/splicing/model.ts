/**
 * Fusion-splicing station: two fibre ends to join. Each end is stripped, cleaned and cleaved; both are
 * loaded in the splicer, which checks them and arcs; the trainee accepts or redoes the splice; the
 * protection sleeve, threaded beforehand, is centred and heat-shrunk. Step ids FS-, CL-, SP- from
 * docs/reference/domain-procedures.md §2–3. Pure reducer: gestures in, state and outcomes out.
 */
import { nextRandom } from '../../src/engine/rng.ts'
import type { RngState } from '../../src/engine/rng.ts'
import type { Exercise, Gesture } from '../../src/engine/schema.ts'
import type { Outcome, SceneModel } from '../../src/engine/types.ts'
import { estimateSpliceLoss } from './lossModel.ts'
import { parseSplicingSetup } from './setup.ts'
import type { SplicingSetup } from './setup.ts'

export const SPLICING_MODEL_VERSION = '1.0.0'

export type Side = 'L' | 'R'
export const SIDES: readonly Side[] = ['L', 'R']

export const ERR = {
  noGlasses: 'SAF-E01',
  scrapLeft: 'SAF-E02',
  noSleeve: 'SP-E01',
  broken: 'FS-E01',
  tooShort: 'FS-E02',
  badWipe: 'FS-E03',
  touched: 'FS-E04',
  dirtyAtSplicer: 'SP-E02',
  badCleave: 'CL-E01',
  acceptedBad: 'SP-E03',
  bareGlass: 'SP-E04',
  notShrunk: 'SP-E05',
  hotSleeve: 'SP-E06',
} as const

export const STEP = {
  glasses: 'SAF-01',
  sleeve: 'FS-01',
  strip: (side: Side) => `FS-03-${side}`,
  clean: (side: Side) => `FS-04-${side}`,
  cleave: (side: Side) => `CL-01-${side}`,
  scrap: (side: Side) => `CL-03-${side}`,
  load: (side: Side) => `SP-01-${side}`,
  arc: 'SP-04',
  decide: 'SP-05',
  proof: 'SP-06',
  centre: 'SP-07',
  heat: 'SP-08',
} as const

/**
 * Where the end face should stop before the arc, from the electrode axis (mm): the splicer advances
 * the fibres the last stretch itself. Past this window it cannot find the fibre; nearer than the
 * minimum, the end faces touch and chip.
 */
export const TIP_WINDOW_MM = { min: 0.2, max: 4 }
/** Coating left under the cleaver blade spoils the cleave: bare glass must exceed the cleave length by this. */
export const CLEAVE_MARGIN_MM = 2

export type FibreEnd = {
  phase: 'coated' | 'stripped' | 'cleaved'
  /** Bare glass length after stripping, then after cleaving. */
  bareMm: number
  clean: 'none' | 'ok' | 'bad'
  /** Touched, dragged through a sleeve or chipped since it was last cleaned. */
  dirty: boolean
  cleave: { lengthMm: number; angleDeg: number } | null
  /** Fibre scraps of this end still lying on the bench. */
  scraps: number
  loaded: boolean
  tipMm: number | null
  /** Fibre consumed by breaks and re-preparation, against the exercise's spare. */
  usedMm: number
  breaks: number
  touches: number
  /** Why the splicer last refused this end, so re-preparing it can be credited as putting it right. */
  refused: 'dirty' | 'cleave' | null
}

export type Splice = {
  lossDb: number
  bubble: boolean
  withSleeve: boolean
  decision: 'pending' | 'accepted'
  proofTested: boolean
}

export type SleeveState = {
  side: Side
  lengthMm: number
  centred: boolean
  heatStartMs: number | null
  shrunk: boolean
  /** The sleeve is out of the heater and finished. */
  done: boolean
}

export type SplicingState = {
  setup: SplicingSetup
  rng: RngState
  glasses: boolean
  sleeve: SleeveState | null
  ends: Record<Side, FibreEnd>
  clampsClosed: boolean
  coverClosed: boolean
  splice: Splice | null
  /** Splices made so far (a redo makes another). */
  arcs: number
  /** A splice was made with no sleeve on either fibre: it has to be broken and made again. */
  sleeveForgotten: boolean
  /** What the splicer's screen says after its last check. */
  screen: {
    status: ScreenStatus
    leftAngleDeg?: number
    rightAngleDeg?: number
    lossDb?: number
    bubble?: boolean
  }
  finished: boolean
}

export type ScreenStatus =
  'ready' | 'cleave-angle' | 'dirty-fibre' | 'fibre-position' | 'spliced' | 'proof-ok' | 'proof-broken'

const freshEnd = (): FibreEnd => ({
  phase: 'coated',
  bareMm: 0,
  clean: 'none',
  dirty: false,
  cleave: null,
  scraps: 0,
  loaded: false,
  tipMm: null,
  usedMm: 0,
  breaks: 0,
  touches: 0,
  refused: null,
})

function init(exercise: Exercise, seed: number): SplicingState {
  const parsed = parseSplicingSetup(exercise.setup)
  if (!parsed.ok)
    throw new Error(`Exercise ${exercise.id}: invalid splicing setup (${JSON.stringify(parsed.issues)})`)
  return {
    setup: parsed.value,
    rng: seed | 0,
    glasses: false,
    sleeve: null,
    ends: { L: freshEnd(), R: freshEnd() },
    clampsClosed: false,
    coverClosed: false,
    splice: null,
    arcs: 0,
    sleeveForgotten: false,
    screen: { status: 'ready' },
    finished: false,
  }
}

type At = { seq: number; tMs: number }
type Result = { state: SplicingState; outcomes: Outcome[] }

/** Side names for messages: French and English placeholders ({{cote}}, {{side}}) from one detail. */
const sideDetail = (side: Side) => ({
  cote: side === 'L' ? 'gauche' : 'droite',
  side: side === 'L' ? 'left' : 'right',
})

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits

function sideOf(g: Gesture): Side | null {
  return g.target === 'L' || g.target === 'R' ? g.target : null
}

const num = (g: Gesture, key: string, fallback = 0): number => {
  const value = Number(g.p?.[key] ?? fallback)
  return Number.isFinite(value) ? value : fallback
}

/** Gestures that handle bare glass: without safety glasses, a critical breach (FOA safety rules). */
const BARE_GLASS_GESTURES = new Set([
  'strip',
  'wipe',
  'touch',
  'cleave',
  'cut-end',
  'bin-scrap',
  'load',
  'unload',
])

function apply(state: SplicingState, g: Gesture): Result {
  const at: At = { seq: g.seq, tMs: g.tMs }
  if (state.finished) return rejected(state, at, 'attempt-finished')
  const safety: Outcome[] = []
  let current = state
  if (BARE_GLASS_GESTURES.has(g.type) && !state.glasses) {
    safety.push({ kind: 'error', error: ERR.noGlasses, ref: `glasses-${g.seq}`, ...at })
  }
  const result = act(current, g, at)
  current = result.state
  // A refused gesture touched nothing: no safety finding for it.
  const refused = result.outcomes.some((o) => o.kind === 'rejected')
  return { state: current, outcomes: refused ? result.outcomes : [...safety, ...result.outcomes] }
}

function rejected(
  state: SplicingState,
  at: At,
  reason: string,
  detail?: Record<string, string | number>,
): Result {
  return { state, outcomes: [{ kind: 'rejected', reason, ...at, ...(detail ? { detail } : {}) }] }
}

function withEnd(state: SplicingState, side: Side, end: Partial<FibreEnd>): SplicingState {
  return { ...state, ends: { ...state.ends, [side]: { ...state.ends[side], ...end } } }
}

function act(state: SplicingState, g: Gesture, at: At): Result {
  const side = sideOf(g)
  const needSide = (run: (side: Side) => Result): Result =>
    side ? run(side) : rejected(state, at, 'unknown-target', { target: g.target ?? '' })
  switch (g.type) {
    case 'hint':
      return { state, outcomes: [{ kind: 'hint', ...at }] }
    case 'glasses-on':
      if (state.glasses) return rejected(state, at, 'glasses-already-on')
      return { state: { ...state, glasses: true }, outcomes: [{ kind: 'step', step: STEP.glasses, ...at }] }
    case 'thread-sleeve':
      return needSide((s) => threadSleeve(state, s, num(g, 'lengthMm'), at))
    case 'strip':
      return needSide((s) =>
        strip(
          state,
          s,
          num(g, 'lengthMm'),
          num(g, 'offAxisDeg'),
          num(g, 'longestPullMm', num(g, 'lengthMm') / Math.max(1, num(g, 'pulls', 1))),
          at,
        ),
      )
    case 'wipe':
      return needSide((s) => wipe(state, s, g.p?.towardTip === true, g.p?.fresh === true, at))
    case 'touch':
      return needSide((s) => touch(state, s, at))
    case 'cleave':
      return needSide((s) =>
        cleave(state, s, num(g, 'seatOffsetMm'), num(g, 'tiltDeg'), num(g, 'bladeSpeedMmS', 50), at),
      )
    case 'cut-end':
      return needSide((s) => cutEnd(state, s, at))
    case 'bin-scrap':
      return needSide((s) => binScrap(state, s, at))
    case 'load':
      return needSide((s) => load(state, s, num(g, 'tipMm'), at))
    case 'unload':
      return needSide((s) => unload(state, s, at))
    case 'close-clamps':
      return state.clampsClosed
        ? rejected(state, at, 'clamps-closed')
        : { state: { ...state, clampsClosed: true }, outcomes: [] }
    case 'close-cover':
      return state.coverClosed
        ? rejected(state, at, 'cover-closed')
        : { state: { ...state, coverClosed: true }, outcomes: [] }
    case 'arc':
      return arc(state, at)
    case 'accept':
      return decide(state, true, at)
    case 'redo':
      return decide(state, false, at)
    case 'open-cover':
      return openCover(state, at)
    case 'slide-sleeve':
      return slideSleeve(state, num(g, 'centreOffsetMm'), at)
    case 'heater-in':
      return heaterIn(state, at)
    case 'heater-out':
      return heaterOut(state, at)
    case 'finish':
      return finish(state, at)
    default:
      return rejected(state, at, 'unknown-gesture', { type: g.type })
  }
}

function threadSleeve(state: SplicingState, side: Side, lengthMm: number, at: At): Result {
  if (state.sleeve) return rejected(state, at, 'sleeve-already-on')
  if (state.splice) return rejected(state, at, 'fibres-joined')
  if (lengthMm !== 40 && lengthMm !== 60)
    return rejected(state, at, 'unknown-target', { target: String(lengthMm) })
  const sleeve: SleeveState = {
    side,
    lengthMm,
    centred: false,
    heatStartMs: null,
    shrunk: false,
    done: false,
  }
  // Passed over bare glass, the sleeve drags dust and gel onto it: the reason it goes on first.
  const end = state.ends[side]
  const next =
    end.phase === 'coated' ? { ...state, sleeve } : withEnd({ ...state, sleeve }, side, { dirty: true })
  return { state: next, outcomes: [{ kind: 'step', step: STEP.sleeve, ...at }] }
}

/** `longestPullMm`: the longest single stroke (a strip is pulled off in one or several strokes). */
function strip(
  state: SplicingState,
  side: Side,
  lengthMm: number,
  offAxisDeg: number,
  longestPullMm: number,
  at: At,
): Result {
  const end = state.ends[side]
  if (end.phase !== 'coated') return rejected(state, at, 'already-stripped', sideDetail(side))
  if (lengthMm <= 0) return rejected(state, at, 'nothing-stripped')
  const { maxPullMm, breakOffAxisDeg, spareMm } = state.setup
  if (Math.abs(offAxisDeg) > breakOffAxisDeg || longestPullMm > maxPullMm) {
    const usedMm = end.usedMm + lengthMm
    const breaks = end.breaks + 1
    const detail = {
      ...sideDetail(side),
      reason: Math.abs(offAxisDeg) > breakOffAxisDeg ? 'off-axis' : 'too-long',
    }
    const outcomes: Outcome[] = [
      { kind: 'error', error: ERR.broken, ref: `${side}-break-${breaks}`, ...at, detail },
    ]
    if (usedMm > spareMm) {
      // No slack left for the cassette: a new fibre end has to be taken from the cable.
      outcomes.push({
        kind: 'error',
        error: ERR.tooShort,
        ref: `${side}-short-${breaks}`,
        ...at,
        detail: sideDetail(side),
      })
      // The scraps already on the bench stay there: a new end does not tidy the bench.
      return { state: withEnd(state, side, { ...freshEnd(), breaks, scraps: end.scraps }), outcomes }
    }
    return { state: withEnd(state, side, { usedMm, breaks }), outcomes }
  }
  const next = withEnd(state, side, {
    phase: 'stripped',
    bareMm: round(lengthMm, 1),
    clean: 'none',
    dirty: false,
  })
  return {
    state: next,
    outcomes: [
      { kind: 'step', step: STEP.strip(side), ...at, measured: { stripLengthMm: round(lengthMm, 1) } },
    ],
  }
}

function wipe(state: SplicingState, side: Side, towardTip: boolean, fresh: boolean, at: At): Result {
  const end = state.ends[side]
  if (end.phase === 'coated') return rejected(state, at, 'nothing-to-wipe', sideDetail(side))
  if (end.phase === 'cleaved') {
    // Wiping a cleaved end touches its end face: it is dirty again, and the cleave is spoilt.
    const touches = touchNumber(end)
    return {
      state: withEnd(state, side, { dirty: true, touches }),
      outcomes: [
        {
          kind: 'error',
          error: ERR.touched,
          ref: `${side}-touch-${touches}`,
          ...at,
          detail: sideDetail(side),
        },
      ],
    }
  }
  if (towardTip && fresh) {
    const outcomes: Outcome[] = [{ kind: 'step', step: STEP.clean(side), ...at }]
    // A proper wipe before the cleave puts a touch right.
    if (end.dirty && end.touches > 0) {
      outcomes.push({ kind: 'recovered', error: ERR.touched, ref: `${side}-touch-${end.touches}`, ...at })
    }
    return { state: withEnd(state, side, { clean: 'ok', dirty: false }), outcomes }
  }
  const reason = towardTip ? 'used-wipe' : 'wrong-direction'
  return {
    state: withEnd(state, side, { clean: 'bad' }),
    outcomes: [
      {
        kind: 'error',
        error: ERR.badWipe,
        ref: `${side}-wipe-${at.seq}`,
        ...at,
        detail: { ...sideDetail(side), reason },
      },
    ],
  }
}

/**
 * The number of this touch, which names it for a later recovery: touched again before it was put
 * right, it is the same contamination, so one re-preparation puts every such touch right.
 */
const touchNumber = (end: FibreEnd) => (end.dirty && end.touches > 0 ? end.touches : end.touches + 1)

function touch(state: SplicingState, side: Side, at: At): Result {
  const end = state.ends[side]
  // Coating, or glass not cleaned yet (the wipe is still to come): nothing is spoilt.
  if (end.phase === 'coated' || end.clean === 'none') return { state, outcomes: [] }
  const touches = touchNumber(end)
  return {
    state: withEnd(state, side, { dirty: true, touches }),
    outcomes: [
      { kind: 'error', error: ERR.touched, ref: `${side}-touch-${touches}`, ...at, detail: sideDetail(side) },
    ],
  }
}

/**
 * The cleave angle follows how the fibre was seated and how the blade was pushed. TEACHING MODEL [I]:
 * a precision cleaver gives ≈ 0.5° when used right (domain-procedures §3a); a tilted fibre adds half
 * its tilt, a slammed blade adds up to ≈ 1°, coating under the blade spoils the cleave (≈ 3°).
 */
function cleaveAngle(
  rng: RngState,
  tiltDeg: number,
  bladeSpeedMmS: number,
  coatingUnderBlade: boolean,
): [number, RngState] {
  const [u, next] = nextRandom(rng)
  const base = 0.15 + 0.3 * u
  const slam = Math.min(1.2, Math.max(0, bladeSpeedMmS - 80) / 60)
  const angle = coatingUnderBlade ? 3 + u : base + 0.5 * Math.abs(tiltDeg) + slam
  return [round(angle, 1), next]
}

function cleave(
  state: SplicingState,
  side: Side,
  seatOffsetMm: number,
  tiltDeg: number,
  bladeSpeedMmS: number,
  at: At,
): Result {
  const end = state.ends[side]
  if (end.phase === 'coated') return rejected(state, at, 'not-stripped', sideDetail(side))
  if (end.phase === 'cleaved') return rejected(state, at, 'already-cleaved', sideDetail(side))
  const lengthMm = round(state.setup.cleaveLengthMm + seatOffsetMm, 1)
  if (lengthMm >= end.bareMm) return rejected(state, at, 'coating-in-cleaver', sideDetail(side))
  const coatingUnderBlade = end.bareMm - lengthMm < CLEAVE_MARGIN_MM
  const [angleDeg, rng] = cleaveAngle(state.rng, tiltDeg, bladeSpeedMmS, coatingUnderBlade)
  const next = withEnd({ ...state, rng }, side, {
    phase: 'cleaved',
    bareMm: lengthMm,
    cleave: { lengthMm, angleDeg },
    scraps: end.scraps + 1,
  })
  return {
    state: next,
    outcomes: [
      {
        kind: 'step',
        step: STEP.cleave(side),
        ...at,
        measured: { cleaveLengthMm: lengthMm, cleaveAngleDeg: angleDeg },
      },
    ],
  }
}

/** Cuts the end back to the coating (with the cleaver) to prepare it again: the way out of a bad end. */
function cutEnd(state: SplicingState, side: Side, at: At): Result {
  const end = state.ends[side]
  if (end.phase === 'coated') return rejected(state, at, 'nothing-to-cut', sideDetail(side))
  if (end.loaded) return rejected(state, at, 'in-splicer', sideDetail(side))
  if (state.splice) return rejected(state, at, 'fibres-joined')
  const usedMm = end.usedMm + end.bareMm
  const outcomes: Outcome[] = []
  // Re-preparing puts right what spoilt this end: a touch, or a cleave the splicer refused.
  if (end.dirty && end.touches > 0)
    outcomes.push({ kind: 'recovered', error: ERR.touched, ref: `${side}-touch-${end.touches}`, ...at })
  if (end.refused === 'cleave') outcomes.push({ kind: 'recovered', error: ERR.badCleave, ref: side, ...at })
  if (end.refused === 'dirty')
    outcomes.push({ kind: 'recovered', error: ERR.dirtyAtSplicer, ref: side, ...at })
  if (usedMm > state.setup.spareMm) {
    outcomes.push({
      kind: 'error',
      error: ERR.tooShort,
      ref: `${side}-short-cut-${at.seq}`,
      ...at,
      detail: sideDetail(side),
    })
    return {
      state: withEnd(state, side, { ...freshEnd(), breaks: end.breaks, scraps: end.scraps + 1 }),
      outcomes,
    }
  }
  const next = withEnd(state, side, {
    phase: 'coated',
    bareMm: 0,
    clean: 'none',
    dirty: false,
    cleave: null,
    usedMm,
    scraps: end.scraps + 1,
    refused: null,
  })
  return { state: next, outcomes }
}

function binScrap(state: SplicingState, side: Side, at: At): Result {
  const end = state.ends[side]
  if (end.scraps === 0) return rejected(state, at, 'no-scrap', sideDetail(side))
  return {
    state: withEnd(state, side, { scraps: end.scraps - 1 }),
    outcomes: [{ kind: 'step', step: STEP.scrap(side), ...at }],
  }
}

function load(state: SplicingState, side: Side, tipMm: number, at: At): Result {
  const end = state.ends[side]
  if (end.phase !== 'cleaved') return rejected(state, at, 'not-cleaved', sideDetail(side))
  if (end.loaded) return rejected(state, at, 'already-loaded', sideDetail(side))
  if (state.coverClosed) return rejected(state, at, 'cover-closed')
  if (state.clampsClosed) return rejected(state, at, 'clamps-closed')
  const tip = round(tipMm, 1)
  return {
    state: withEnd(state, side, { loaded: true, tipMm: tip }),
    outcomes: [{ kind: 'step', step: STEP.load(side), ...at, measured: { tipMm: tip } }],
  }
}

/** Takes a fibre back out of the splicer (after a refusal, to prepare it again). */
function unload(state: SplicingState, side: Side, at: At): Result {
  const end = state.ends[side]
  if (!end.loaded) return rejected(state, at, 'not-loaded')
  // Opening the cover lifts the clamps: that is the only way to free a clamped fibre.
  if (state.coverClosed || state.clampsClosed) return rejected(state, at, 'fibre-clamped')
  if (state.splice) return rejected(state, at, 'fibres-joined')
  return { state: withEnd(state, side, { loaded: false, tipMm: null }), outcomes: [] }
}

function arc(state: SplicingState, at: At): Result {
  if (state.splice) return rejected(state, at, 'already-spliced')
  if (!state.ends.L.loaded || !state.ends.R.loaded) return rejected(state, at, 'not-loaded')
  if (!state.clampsClosed) return rejected(state, at, 'clamps-open')
  if (!state.coverClosed) return rejected(state, at, 'cover-open')
  const { L, R } = state.ends
  const angles = { leftAngleDeg: L.cleave?.angleDeg ?? 0, rightAngleDeg: R.cleave?.angleDeg ?? 0 }
  // The splicer's own checks, in the order it runs them: position, end faces, cleave angles.
  const misplaced = SIDES.filter((s) => {
    const tip = state.ends[s].tipMm ?? 0
    return tip < TIP_WINDOW_MM.min || tip > TIP_WINDOW_MM.max
  })
  if (misplaced.length) {
    return {
      state: { ...state, screen: { status: 'fibre-position', ...angles } },
      outcomes: [
        { kind: 'rejected', reason: 'fibre-position', ...at, detail: sideDetail(misplaced[0] as Side) },
      ],
    }
  }
  const dirty = SIDES.filter((s) => state.ends[s].dirty || state.ends[s].clean === 'none')
  if (dirty.length) {
    const marked = dirty.reduce((s, side) => withEnd(s, side, { refused: 'dirty' }), state)
    return {
      state: { ...marked, screen: { status: 'dirty-fibre', ...angles } },
      outcomes: dirty.map((s): Outcome => ({
        kind: 'error',
        error: ERR.dirtyAtSplicer,
        ref: s,
        ...at,
        detail: sideDetail(s),
      })),
    }
  }
  const limit = state.setup.cleaveAngleLimitDeg
  const badCleaves = SIDES.filter((s) => (state.ends[s].cleave?.angleDeg ?? 0) > limit)
  if (badCleaves.length) {
    const marked = badCleaves.reduce((s, side) => withEnd(s, side, { refused: 'cleave' }), state)
    return {
      state: { ...marked, screen: { status: 'cleave-angle', ...angles } },
      outcomes: badCleaves.map((s): Outcome => ({
        kind: 'error',
        error: ERR.badCleave,
        ref: s,
        ...at,
        detail: { ...sideDetail(s), angleDeg: state.ends[s].cleave?.angleDeg ?? 0, limitDeg: limit },
      })),
    }
  }
  // Core alignment leaves a small residual offset, ≈ 0.1–0.3 µm (docs/DOMAIN.md).
  const [u, rng] = nextRandom(state.rng)
  const offsetUm = 0.1 + 0.2 * u
  const bubble = L.clean === 'bad' || R.clean === 'bad'
  const { lossDb } = estimateSpliceLoss({
    offsetUm,
    leftMfdUm: state.setup.left.mfdUm,
    rightMfdUm: state.setup.right.mfdUm,
    leftAngleDeg: angles.leftAngleDeg,
    rightAngleDeg: angles.rightAngleDeg,
    bubble,
  })
  const withSleeve = state.sleeve !== null
  const outcomes: Outcome[] = [
    { kind: 'step', step: STEP.arc, ...at, measured: { lossDb } },
    { kind: 'consequence', key: 'spliceLossDb', value: lossDb, unit: 'dB', ...at },
  ]
  // Made again with the sleeve on, after one made without: the forgotten sleeve is put right.
  if (!withSleeve) outcomes.push({ kind: 'error', error: ERR.noSleeve, ref: 'sleeve', ...at })
  else if (state.sleeveForgotten)
    outcomes.push({ kind: 'recovered', error: ERR.noSleeve, ref: 'sleeve', ...at })
  return {
    state: {
      ...state,
      rng,
      arcs: state.arcs + 1,
      sleeveForgotten: state.sleeveForgotten || !withSleeve,
      splice: { lossDb, bubble, withSleeve, decision: 'pending', proofTested: false },
      screen: { status: 'spliced', ...angles, lossDb, bubble },
    },
    outcomes,
  }
}

/** A splice is good when the estimate is within the threshold and the image shows no bubble (operator rule). */
export function spliceIsGood(state: SplicingState): boolean {
  return state.splice !== null && !state.splice.bubble && state.splice.lossDb <= state.setup.lossThresholdDb
}

function decide(state: SplicingState, accept: boolean, at: At): Result {
  const splice = state.splice
  if (!splice) return rejected(state, at, 'nothing-to-decide')
  // An accepted splice can still be broken and made again (a forgotten sleeve), until it is protected.
  if (splice.decision === 'accepted') {
    if (accept) return rejected(state, at, 'nothing-to-decide')
    if (state.sleeve?.heatStartMs !== null && state.sleeve?.heatStartMs !== undefined)
      return rejected(state, at, 'sleeve-in-heater')
    return { state: breakSplice(state), outcomes: [] }
  }
  const good = spliceIsGood(state)
  if (accept) {
    const outcomes: Outcome[] = good
      ? [{ kind: 'step', step: STEP.decide, ...at }]
      : [
          {
            kind: 'error',
            error: ERR.acceptedBad,
            ref: `splice-${state.arcs}`,
            ...at,
            detail: { lossDb: splice.lossDb, limitDb: state.setup.lossThresholdDb },
          },
        ]
    return { state: { ...state, splice: { ...splice, decision: 'accepted' } }, outcomes }
  }
  // Redo: the splice is broken off; both ends go back to the coating and must be prepared again.
  const outcomes: Outcome[] = good ? [] : [{ kind: 'step', step: STEP.decide, ...at }]
  return { state: breakSplice(state), outcomes }
}

function breakSplice(state: SplicingState): SplicingState {
  const reset = (end: FibreEnd): FibreEnd => ({
    ...freshEnd(),
    usedMm: end.usedMm + end.bareMm,
    breaks: end.breaks,
    touches: end.touches,
    // The spliced piece is cut off on each side: two scraps to put away.
    scraps: end.scraps + 1,
    refused: null,
  })
  return {
    ...state,
    ends: { L: reset(state.ends.L), R: reset(state.ends.R) },
    splice: null,
    // The sleeve stays threaded on its fibre, ready for the next splice.
    sleeve: state.sleeve ? { ...state.sleeve, centred: false } : null,
    clampsClosed: false,
    coverClosed: false,
    screen: { status: 'ready' },
  }
}

function openCover(state: SplicingState, at: At): Result {
  if (!state.coverClosed) return rejected(state, at, 'cover-already-open')
  const splice = state.splice
  if (!splice || splice.decision !== 'accepted') {
    // Opening before the arc or before deciding lifts the cover and the clamps; the fibres stay in the V.
    return { state: { ...state, coverClosed: false, clampsClosed: false }, outcomes: [] }
  }
  // Proof test on opening (1.96–2.25 N): a splice with a bubble gives way.
  if (splice.bubble) {
    return {
      state: { ...breakSplice(state), screen: { status: 'proof-broken' } },
      outcomes: [{ kind: 'consequence', key: 'proofTestBroke', value: 1, unit: 'count', ...at }],
    }
  }
  const opened = {
    ...state,
    coverClosed: false,
    clampsClosed: false,
    ends: { L: { ...state.ends.L, loaded: false }, R: { ...state.ends.R, loaded: false } },
    splice: { ...splice, proofTested: true },
    screen: { ...state.screen, status: 'proof-ok' as const },
  }
  return { state: opened, outcomes: [{ kind: 'step', step: STEP.proof, ...at }] }
}

/** Bare glass around the splice: what was left by each cleave. */
export function bareAroundSpliceMm(state: SplicingState): number {
  return (state.ends.L.cleave?.lengthMm ?? 0) + (state.ends.R.cleave?.lengthMm ?? 0)
}

function slideSleeve(state: SplicingState, centreOffsetMm: number, at: At): Result {
  const sleeve = state.sleeve
  if (!sleeve) return rejected(state, at, 'no-sleeve')
  if (!state.splice?.proofTested) return rejected(state, at, 'splice-not-ready')
  if (sleeve.heatStartMs !== null) return rejected(state, at, 'sleeve-in-heater')
  const offset = round(centreOffsetMm, 1)
  // The sleeve must cover all the bare glass and hold the coating on both sides.
  const marginMm = (sleeve.lengthMm - bareAroundSpliceMm(state)) / 2 - state.setup.sleeveOverlapMm
  const outcomes: Outcome[] = [
    { kind: 'step', step: STEP.centre, ...at, measured: { centreOffsetMm: offset } },
  ]
  if (Math.abs(offset) > marginMm) {
    outcomes.push({
      kind: 'error',
      error: ERR.bareGlass,
      ref: `sleeve-${at.seq}`,
      ...at,
      detail: { offsetMm: offset, marginMm: round(Math.max(0, marginMm), 1) },
    })
  }
  return { state: { ...state, sleeve: { ...sleeve, centred: true } }, outcomes }
}

function heaterIn(state: SplicingState, at: At): Result {
  const sleeve = state.sleeve
  if (!sleeve?.centred) return rejected(state, at, 'sleeve-not-placed')
  if (sleeve.heatStartMs !== null) return rejected(state, at, 'sleeve-in-heater')
  return { state: { ...state, sleeve: { ...sleeve, heatStartMs: at.tMs } }, outcomes: [] }
}

function heaterOut(state: SplicingState, at: At): Result {
  const sleeve = state.sleeve
  if (!sleeve || sleeve.heatStartMs === null || sleeve.done) return rejected(state, at, 'heater-empty')
  const heatedS = round((at.tMs - sleeve.heatStartMs) / 1000, 1)
  const { heatCycleS, coolS } = state.setup
  const shrunk = heatedS >= heatCycleS
  const outcomes: Outcome[] = []
  if (!shrunk) {
    outcomes.push({
      kind: 'error',
      error: ERR.notShrunk,
      ref: 'sleeve',
      ...at,
      detail: { heatedS, cycleS: heatCycleS },
    })
  } else {
    outcomes.push({ kind: 'step', step: STEP.heat, ...at, measured: { heatedS } })
    if (heatedS < heatCycleS + coolS) {
      outcomes.push({
        kind: 'error',
        error: ERR.hotSleeve,
        ref: 'sleeve',
        ...at,
        detail: { heatedS, readyS: heatCycleS + coolS },
      })
    }
  }
  return { state: { ...state, sleeve: { ...sleeve, shrunk, done: true } }, outcomes }
}

function finish(state: SplicingState, at: At): Result {
  const outcomes: Outcome[] = []
  const scraps = state.ends.L.scraps + state.ends.R.scraps
  if (scraps > 0)
    outcomes.push({ kind: 'error', error: ERR.scrapLeft, ref: 'bench', ...at, detail: { count: scraps } })
  outcomes.push({ kind: 'finished', ...at })
  return { state: { ...state, finished: true }, outcomes }
}

export const splicingModel: SceneModel<SplicingState> = {
  scene: 'splicing',
  version: SPLICING_MODEL_VERSION,
  init,
  apply,
}
