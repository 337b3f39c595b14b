/**
 * Splice cassette in a PBO: the tube and the drop are routed and tied, unused fibres stored, the sleeves
 * of the splices (made at the splicing station) placed in colour order, the slack laid around the
 * bobbins, the cover closed, the cassette labelled, then the subscriber's line measured at the PTO at
 * 1490 nm. The reading is the exercise's link budget minus what the trainee's work costs: the splice,
 * crushed tubes, macrobends (scenes/common/macrobend.ts) and fibres pinched by the cover. Step ids ST-
 * and RC- from docs/reference/domain-procedures.md §4 and §6. Pure reducer: gestures in, state and
 * outcomes out.
 */
import { shuffled, nextInt } from '../../src/engine/rng.ts'
import type { RngState } from '../../src/engine/rng.ts'
import type { Exercise, Gesture } from '../../src/engine/schema.ts'
import { raise, resolve } from '../../src/engine/openErrors.ts'
import type { Outcome, SceneModel } from '../../src/engine/types.ts'
import { FIBRE_CLASSES } from '../common/macrobend.ts'
import type { FibreClass } from '../common/macrobend.ts'
import { estimateSpliceLoss } from '../splicing/lossModel.ts'
import { bobbinCoil, decodePath, layFibre, tightCoil } from './coilPath.ts'
import type { LaidFibre } from './coilPath.ts'
import { CABLES, HOLDER, LABEL_ZONE } from './layout.ts'
import type { CableId, PointMm } from './layout.ts'
import { MEASURE_NM, WAVELENGTHS_NM, bundleEndZ, expectedSlot } from './rules.ts'
import { parseSpliceTraySetup } from './setup.ts'
import type { SpliceTraySetup } from './setup.ts'

export const SPLICE_TRAY_MODEL_VERSION = '1.0.0'

export const ERR = {
  tieTight: 'ST-E01',
  tieLoose: 'ST-E02',
  tieOnFibres: 'ST-E03',
  wrongSlot: 'ST-E04',
  tightBend: 'ST-E05',
  overSleeves: 'ST-E06',
  pinchedFibre: 'ST-E07',
  looseSleeve: 'ST-E08',
  cutFibre: 'ST-E09',
  sparesPinched: 'ST-E10',
  wrongLabel: 'ST-E11',
  wrongWavelength: 'RC-E01',
  lineFails: 'RC-E02',
} as const

export { MEASURE_NM, WAVELENGTHS_NM, bundleEndZ, expectedSlot }

export const STEP = {
  secure: (cable: CableId) => `ST-01-${cable}`,
  spares: 'ST-02',
  sleeves: 'ST-03',
  coil: (cable: CableId) => `ST-04-${cable}`,
  close: 'ST-06',
  label: 'ST-07',
  measure: 'RC-05',
} as const

/**
 * A meter set to another wavelength reads the 1490 nm signal through the wrong calibration: off by a
 * few tenths of a dB [I].
 */
const CALIBRATION_ERROR_DB: Record<number, number> = { 1310: 0.4, 1490: 0, 1550: -0.2 }

export type Tie = { forceN: number; pinchDb: number; onFibres: boolean }

export type CableState = {
  routed: boolean
  /** How far the tube's (or the drop jacket's) end reaches past the tie, mm; negative: it stops short. */
  depthMm: number | null
  tie: Tie | null
}

export type Coil = LaidFibre & {
  /** Slack left unlaid (the fibre's length minus the lay's). */
  excessMm: number
}

export type LabelChoice = { id: string; text: string; correct: boolean }

/** What the subscriber's line loses in the cassette, dB (the "bilan" shown on the results page). */
export type Costs = {
  splice: number
  tieDist: number
  tieDrop: number
  coilDist: number
  coilDrop: number
  pinch: number
}

export type SpliceTrayState = {
  setup: SpliceTraySetup
  fibreClass: FibreClass
  rng: RngState
  spliceLossDb: number
  cables: Record<CableId, CableState>
  /** Holder slot of each sleeve, by its distribution fibre; null: lying loose. */
  sleeves: Record<number, number | null>
  coils: Record<CableId, Coil | null>
  spares: 'loose' | 'stored' | 'cut'
  /** A fibre in service was cut: the line is dead. */
  lineCut: boolean
  coverClosed: boolean
  /** Fibre loss of the subscriber's line pinched by the cover at its last closing. */
  pinchDb: number
  labels: LabelChoice[]
  label: { id: string; offsetMm: number } | null
  meter: { connected: boolean; wavelengthNm: number; readingDbm: number | null; readAtNm: number | null }
  /** Errors raised and not put right, by ref: a later fix is credited, a repeat is not raised twice. */
  open: Record<string, string>
  finished: boolean
}

type At = { seq: number; tMs: number }
type Result = { state: SpliceTrayState; outcomes: Outcome[] }

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits

/** The slack laid for a cable: the exercise's length minus what is left unlaid. */
function coilOf(cable: CableId, fibre: LaidFibre, setup: SpliceTraySetup): Coil {
  return { ...fibre, excessMm: setup.slackMm[cable] - fibre.lengthMm }
}

function labelTexts(setup: SpliceTraySetup): string[] {
  const fibres = setup.splices.map((s) => s.tubeFibre).sort((a, b) => a - b)
  const range = fibres.length > 1 ? `${fibres[0]}-${fibres[fibres.length - 1]}` : `${fibres[0]}`
  const line = (tube: number, pto: string) => `${setup.cableId} T${tube} F${range} → ${pto}`
  // The two wrong labels are the usual slips: the neighbouring tube, and two characters of the PTO swapped.
  const swapped = `${setup.ptoRef.slice(0, 3)}${setup.ptoRef[4]}${setup.ptoRef[3]}${setup.ptoRef.slice(5)}`
  const otherTube = setup.tubeNumber === 1 ? 2 : setup.tubeNumber - 1
  return [
    line(setup.tubeNumber, setup.ptoRef),
    line(otherTube, setup.ptoRef),
    line(setup.tubeNumber, swapped),
  ]
}

function init(exercise: Exercise, seed: number): SpliceTrayState {
  const parsed = parseSpliceTraySetup(exercise.setup)
  if (!parsed.ok)
    throw new Error(`Exercise ${exercise.id}: invalid splice-tray setup (${JSON.stringify(parsed.issues)})`)
  const setup = parsed.value
  const fibreClass = FIBRE_CLASSES[setup.fibreClass]
  const { offsetUm, distMfdUm, dropMfdUm, angleDeg } = setup.splice
  const spliceLossDb = estimateSpliceLoss({
    offsetUm,
    leftMfdUm: distMfdUm,
    rightMfdUm: dropMfdUm,
    leftAngleDeg: angleDeg,
    rightAngleDeg: angleDeg,
    bubble: false,
  }).lossDb
  const [order, rng] = shuffled(labelTexts(setup), seed | 0)
  const correctText = labelTexts(setup)[0]
  const base: SpliceTrayState = {
    setup,
    fibreClass,
    rng,
    spliceLossDb,
    cables: {
      dist: { routed: false, depthMm: null, tie: null },
      drop: { routed: false, depthMm: null, tie: null },
    },
    sleeves: Object.fromEntries(setup.splices.map((s) => [s.tubeFibre, null])),
    coils: { dist: null, drop: null },
    spares: 'loose',
    lineCut: false,
    coverClosed: false,
    pinchDb: 0,
    labels: order.map((text, i) => ({ id: 'ABC'[i]!, text, correct: text === correctText })),
    label: null,
    meter: { connected: false, wavelengthNm: 1310, readingDbm: null, readAtNm: null },
    open: {},
    finished: false,
  }
  return setup.start === 'rework' ? messUp(base) : base
}

/**
 * "Une cassette mal lovée", generated from the seed: the tube's tie crushes it, two sleeves sit in each
 * other's slots, one side's slack is wound tight and the other is laid short with the rest hanging
 * out, the spare fibres hang out of their channel. Everything is routed; nothing is labelled.
 */
function messUp(state: SpliceTrayState): SpliceTrayState {
  const { setup } = state
  const [force, afterForce] = nextInt(
    state.rng,
    Math.round(setup.tie.pinchN * 1.3),
    Math.round(setup.tie.pinchN * 1.6),
  )
  const [tightRadius, afterRadius] = nextInt(afterForce, 9, 13)
  const [tightSide, afterSide] = nextInt(afterRadius, 0, 1)
  const tight: CableId = tightSide === 0 ? 'dist' : 'drop'
  const loose: CableId = tight === 'dist' ? 'drop' : 'dist'
  const fibres = setup.splices.map((s) => s.tubeFibre)
  const [pair, rng] = shuffled(fibres, afterSide)
  const sleeves: Record<number, number | null> = Object.fromEntries(fibres.map((f) => [f, expectedSlot(f)]))
  if (pair.length >= 2) {
    sleeves[pair[0]!] = expectedSlot(pair[1]!)
    sleeves[pair[1]!] = expectedSlot(pair[0]!)
  }
  const endZ = bundleEndZ(state)
  const lay = (cable: CableId, points: PointMm[]): Coil => {
    const laid = layFibre(cable, points, state.fibreClass)
    if (!laid.ok) throw new Error(`Seeded lay of ${cable} does not reach the holder`)
    return coilOf(cable, laid.fibre, setup)
  }
  // The other side is laid short: the rest of its slack hangs out of the cassette, where the cover
  // would pinch it (the PBO defect audits report most).
  const short = lay(loose, bobbinCoil(loose, setup.slackMm[loose] / 2, endZ, 0))
  const tube = setup.tubeDepthMm.target
  return {
    ...state,
    rng,
    cables: {
      dist: { routed: true, depthMm: tube, tie: tieOf(setup, force, tube) },
      drop: {
        routed: true,
        depthMm: tube,
        tie: tieOf(setup, (setup.tie.secureN + setup.tie.pinchN) / 2, tube),
      },
    },
    sleeves,
    coils: {
      [tight]: lay(tight, tightCoil(tight, setup.slackMm[tight] - 20, tightRadius, endZ)),
      [loose]: short,
    } as Record<CableId, Coil>,
  }
}

function tieOf(setup: SpliceTraySetup, forceN: number, depthMm: number): Tie {
  const onFibres = depthMm < 0
  const crush = Math.max(0, forceN - setup.tie.pinchN) * setup.tie.lossDbPerN
  return { forceN, onFibres, pinchDb: onFibres ? setup.pinchLossDb : crush }
}

/** What each of the trainee's choices costs the subscriber's line, dB. */
export function costs(state: SpliceTrayState): Costs {
  return {
    splice: state.spliceLossDb,
    tieDist: state.cables.dist.tie?.pinchDb ?? 0,
    tieDrop: state.cables.drop.tie?.pinchDb ?? 0,
    coilDist: state.coils.dist?.macrobendDb ?? 0,
    coilDrop: state.coils.drop?.macrobendDb ?? 0,
    pinch: state.pinchDb,
  }
}

export function totalCostDb(c: Costs): number {
  return c.splice + c.tieDist + c.tieDrop + c.coilDist + c.coilDrop + c.pinch
}

/** What the meter reads at the PTO now, at its wavelength; null: no light (a fibre in service cut). */
export function lineReadingDbm(state: SpliceTrayState, wavelengthNm: number): number | null {
  if (state.lineCut) return null
  return state.setup.linkBudgetDbm - totalCostDb(costs(state)) + (CALIBRATION_ERROR_DB[wavelengthNm] ?? 0)
}

const num = (g: Gesture, key: string, fallback = 0): number => {
  const value = Number(g.p?.[key] ?? fallback)
  return Number.isFinite(value) ? value : fallback
}

/** Which side, in words for the French ({{cote}}) and English ({{side}}) messages. */
export const CABLE_WORDS: Record<CableId, { cote: string; side: string }> = {
  dist: { cote: 'côté tube', side: 'tube side' },
  drop: { cote: 'côté abonné', side: 'drop side' },
}

const CUT_WORDS: Record<string, { quoi: string; what: string }> = {
  spares: { quoi: 'fibres de réserve', what: 'spare fibres' },
  dist: { quoi: 'fibres en service, côté tube', what: 'fibres in service, tube side' },
  drop: { quoi: 'fibres en service, côté abonné', what: 'fibres in service, drop side' },
}

function cableOf(target: string | undefined): CableId | null {
  return target === 'dist' || target === 'drop' ? target : null
}

function rejected(
  state: SpliceTrayState,
  at: At,
  reason: string,
  detail?: Record<string, string | number>,
): Result {
  return { state, outcomes: [{ kind: 'rejected', reason, ...at, ...(detail ? { detail } : {}) }] }
}

/** Gestures that need the cassette open. */
const INSIDE_GESTURES = new Set(['route', 'tie', 'cut', 'store-spares', 'place-sleeve', 'coil'])

function apply(state: SpliceTrayState, g: Gesture): Result {
  const at: At = { seq: g.seq, tMs: g.tMs }
  if (state.finished) return rejected(state, at, 'attempt-finished')
  if (INSIDE_GESTURES.has(g.type) && state.coverClosed) return rejected(state, at, 'cassette-closed')
  const cable = cableOf(g.target)
  const needCable = (run: (cable: CableId) => Result): Result =>
    cable ? run(cable) : rejected(state, at, 'unknown-target', { target: g.target ?? '' })
  switch (g.type) {
    case 'hint':
      return { state, outcomes: [{ kind: 'hint', ...at }] }
    case 'route':
      return needCable((c) => route(state, c, num(g, 'depthMm'), at))
    case 'tie':
      return needCable((c) => tie(state, c, num(g, 'forceN'), at))
    case 'cut':
      return cut(state, g.target ?? '', at)
    case 'store-spares':
      return storeSpares(state, at)
    case 'place-sleeve':
      return placeSleeve(state, Number(g.target?.replace('sleeve-', '')), Math.round(num(g, 'slot')), at)
    case 'coil':
      return needCable((c) => coil(state, c, String(g.p?.path ?? ''), at))
    case 'close-cover':
      return closeCover(state, at)
    case 'open-cover':
      if (!state.coverClosed) return rejected(state, at, 'cassette-open')
      return { state: { ...state, coverClosed: false, pinchDb: 0 }, outcomes: [] }
    case 'label':
      return label(state, String(g.p?.label ?? ''), num(g, 'offsetMm', Infinity), at)
    case 'meter-connect':
      if (state.meter.connected) return rejected(state, at, 'meter-connected')
      return { state: { ...state, meter: { ...state.meter, connected: true } }, outcomes: [] }
    case 'meter-wavelength': {
      const nm = num(g, 'nm')
      if (!(WAVELENGTHS_NM as readonly number[]).includes(nm))
        return rejected(state, at, 'unknown-wavelength')
      return { state: { ...state, meter: { ...state.meter, wavelengthNm: nm } }, outcomes: [] }
    }
    case 'measure':
      return measure(state, at)
    case 'finish':
      return finish(state, at)
    default:
      return rejected(state, at, 'unknown-gesture', { type: g.type })
  }
}

function route(state: SpliceTrayState, cable: CableId, depthMm: number, at: At): Result {
  if (state.cables[cable].tie) return rejected(state, at, 'cable-tied')
  const next = {
    ...state,
    cables: { ...state.cables, [cable]: { routed: true, depthMm: round(depthMm, 1), tie: null } },
  }
  return { state: next, outcomes: [] }
}

function tie(state: SpliceTrayState, cable: CableId, forceN: number, at: At): Result {
  const current = state.cables[cable]
  if (!current.routed || current.depthMm === null) return rejected(state, at, 'cable-not-routed')
  if (current.tie) return rejected(state, at, 'cable-tied')
  if (forceN <= 0) return rejected(state, at, 'tie-not-pulled')
  const { secureN, pinchN } = state.setup.tie
  const t = tieOf(state.setup, round(forceN, 1), current.depthMm)
  let next: SpliceTrayState = { ...state, cables: { ...state.cables, [cable]: { ...current, tie: t } } }
  const outcomes: Outcome[] = []
  const ref = `tie-${cable}`
  next = resolve(next, outcomes, at, ref)
  if (t.onFibres) {
    next = raise(next, outcomes, at, ERR.tieOnFibres, ref, { cable, ...CABLE_WORDS[cable] })
  } else if (forceN > pinchN) {
    next = raise(next, outcomes, at, ERR.tieTight, ref, {
      cable,
      ...CABLE_WORDS[cable],
      forceN: t.forceN,
      pinchN,
    })
  } else if (forceN < secureN) {
    next = raise(next, outcomes, at, ERR.tieLoose, ref, {
      cable,
      ...CABLE_WORDS[cable],
      forceN: t.forceN,
      secureN,
    })
  }
  if (forceN >= secureN) {
    outcomes.push({
      kind: 'step',
      step: STEP.secure(cable),
      measured: { depthMm: current.depthMm, forceN: t.forceN },
      ...at,
    })
  }
  if (t.pinchDb > 0)
    outcomes.push({ kind: 'consequence', key: `tie-${cable}`, value: t.pinchDb, unit: 'dB', ...at })
  return { state: next, outcomes }
}

/**
 * The side cutters: they take a tie off (to redo it), and they cut whatever fibre they close on. Cutting
 * a fibre is never part of storing it: spares wait for the next subscriber, the coils carry the line.
 */
function cut(state: SpliceTrayState, target: string, at: At): Result {
  const outcomes: Outcome[] = []
  const tieCable = target === 'tie-dist' ? 'dist' : target === 'tie-drop' ? 'drop' : null
  if (tieCable) {
    const current = state.cables[tieCable]
    if (!current.tie) return rejected(state, at, 'no-tie')
    // The tie's fault (if any) stays open until a sound tie replaces it.
    const next = { ...state, cables: { ...state.cables, [tieCable]: { ...current, tie: null } } }
    outcomes.push({ kind: 'undo', step: STEP.secure(tieCable), ...at })
    return { state: next, outcomes }
  }
  if (target === 'spares') {
    if (state.spares === 'cut') return rejected(state, at, 'already-cut')
    const next = raise<SpliceTrayState>(
      { ...state, spares: 'cut' },
      outcomes,
      at,
      ERR.cutFibre,
      'cut-spares',
      CUT_WORDS.spares,
    )
    return { state: next, outcomes }
  }
  const coilCable = target === 'coil-dist' ? 'dist' : target === 'coil-drop' ? 'drop' : null
  if (coilCable) {
    if (state.lineCut) return rejected(state, at, 'already-cut')
    const next = raise(
      { ...state, lineCut: true },
      outcomes,
      at,
      ERR.cutFibre,
      `cut-${coilCable}`,
      CUT_WORDS[coilCable],
    )
    return { state: next, outcomes }
  }
  return rejected(state, at, 'unknown-target', { target })
}

function storeSpares(state: SpliceTrayState, at: At): Result {
  if (state.spares === 'cut') return rejected(state, at, 'already-cut')
  if (state.spares === 'stored') return rejected(state, at, 'spares-stored')
  const outcomes: Outcome[] = []
  const next = resolve<SpliceTrayState>({ ...state, spares: 'stored' }, outcomes, at, 'spares')
  outcomes.push({ kind: 'step', step: STEP.spares, ...at })
  return { state: next, outcomes }
}

function sleevesInOrder(sleeves: Record<number, number | null>): boolean {
  return Object.entries(sleeves).every(([fibre, slot]) => slot === expectedSlot(Number(fibre)))
}

function placeSleeve(state: SpliceTrayState, fibre: number, slot: number, at: At): Result {
  if (!(fibre in state.sleeves)) return rejected(state, at, 'unknown-target', { target: `sleeve-${fibre}` })
  if (slot === 0) return takeOut(state, fibre, at)
  if (!(slot >= 1 && slot <= HOLDER.slots)) return rejected(state, at, 'not-on-holder')
  const holder = Object.entries(state.sleeves).find(([f, s]) => s === slot && Number(f) !== fibre)
  if (holder) return rejected(state, at, 'slot-taken', { slot })
  if (state.sleeves[fibre] === slot) return rejected(state, at, 'already-there', { slot })
  const wasInOrder = sleevesInOrder(state.sleeves)
  const sleeves = { ...state.sleeves, [fibre]: slot }
  const outcomes: Outcome[] = []
  const ref = `sleeve-${fibre}`
  let next = resolve({ ...state, sleeves }, outcomes, at, ref)
  if (slot !== expectedSlot(fibre)) {
    next = raise(next, outcomes, at, ERR.wrongSlot, ref, { fibre, slot, expected: expectedSlot(fibre) })
  }
  const inOrder = sleevesInOrder(sleeves)
  if (inOrder) outcomes.push({ kind: 'step', step: STEP.sleeves, ...at })
  else if (wasInOrder) outcomes.push({ kind: 'undo', step: STEP.sleeves, ...at })
  return { state: next, outcomes }
}

/** Slot 0: the sleeve is taken out of the holder and laid beside it, e.g. to swap two sleeves. */
function takeOut(state: SpliceTrayState, fibre: number, at: At): Result {
  if (state.sleeves[fibre] === null) return rejected(state, at, 'not-on-holder')
  const wasInOrder = sleevesInOrder(state.sleeves)
  const outcomes: Outcome[] = []
  const next = resolve(
    { ...state, sleeves: { ...state.sleeves, [fibre]: null } },
    outcomes,
    at,
    `sleeve-${fibre}`,
  )
  if (wasInOrder) outcomes.push({ kind: 'undo', step: STEP.sleeves, ...at })
  return { state: next, outcomes }
}

function coil(state: SpliceTrayState, cable: CableId, encoded: string, at: At): Result {
  const { tie } = state.cables[cable]
  if (!tie) return rejected(state, at, 'cable-not-tied')
  if (state.lineCut) return rejected(state, at, 'already-cut')
  const drawn = decodePath(encoded)
  if (!drawn) return rejected(state, at, 'bad-path')
  const laid = layFibre(cable, drawn, state.fibreClass)
  if (!laid.ok) return rejected(state, at, laid.problem)
  const slack = state.setup.slackMm[cable]
  // A drawn lay longer than the fibre would pull on the splice: the fibre cannot go there.
  if (laid.fibre.lengthMm > slack + 5) {
    return rejected(state, at, 'fibre-too-short', {
      lengthMm: Math.round(laid.fibre.lengthMm),
      slackMm: slack,
    })
  }
  const laidCoil = coilOf(cable, laid.fibre, state.setup)
  const outcomes: Outcome[] = []
  let next: SpliceTrayState = { ...state, coils: { ...state.coils, [cable]: laidCoil } }
  next = judgeBend(next, outcomes, at, cable)
  next = judgeCrossing(next, outcomes, at, cable)
  outcomes.push({
    kind: 'step',
    step: STEP.coil(cable),
    measured: { minRadiusMm: round(laidCoil.minRadiusMm, 1), laidMm: Math.round(laidCoil.lengthMm) },
    ...at,
  })
  outcomes.push({ kind: 'consequence', key: `coil-${cable}`, value: laidCoil.macrobendDb, unit: 'dB', ...at })
  return { state: next, outcomes }
}

function judgeBend(state: SpliceTrayState, outcomes: Outcome[], at: At, cable: CableId): SpliceTrayState {
  const laid = state.coils[cable]
  const ref = `bend-${cable}`
  const min = state.fibreClass.minRadiusMm
  if (!laid || laid.minRadiusMm >= min) return resolve(state, outcomes, at, ref)
  return raise(state, outcomes, at, ERR.tightBend, ref, {
    cable,
    ...CABLE_WORDS[cable],
    radiusMm: round(laid.minRadiusMm, 1),
    minMm: min,
    fibreClass: state.fibreClass.id,
    lossDb: round(laid.macrobendDb, 2),
  })
}

function judgeCrossing(state: SpliceTrayState, outcomes: Outcome[], at: At, cable: CableId): SpliceTrayState {
  const laid = state.coils[cable]
  const ref = `cross-${cable}`
  if (!laid || laid.overSleevesMm === 0) return resolve(state, outcomes, at, ref)
  return raise(state, outcomes, at, ERR.overSleeves, ref, {
    cable,
    ...CABLE_WORDS[cable],
    lengthMm: Math.round(laid.overSleevesMm),
  })
}

/**
 * The cover comes down on whatever is not inside: fibre laid over the walls, slack left hanging,
 * sleeves lying loose, spares out of their channel. Faults from a seeded cassette that were never fixed
 * are raised here too, once, as the trainee's: closing the cassette signs it off.
 */
function closeCover(state: SpliceTrayState, at: At): Result {
  if (state.coverClosed) return rejected(state, at, 'cassette-closed')
  const outcomes: Outcome[] = []
  let next: SpliceTrayState = { ...state, coverClosed: true }
  let pinchDb = 0
  for (const cable of CABLES) {
    const laid = state.coils[cable]
    const hanging = laid ? laid.outsideMm > 0 || laid.excessMm > state.setup.tuckMm : true
    if (hanging) {
      pinchDb += state.setup.pinchLossDb
      const detail = {
        cable,
        ...CABLE_WORDS[cable],
        reason: laid ? (laid.outsideMm > 0 ? 'outside' : 'slack') : 'not-laid',
      }
      next = raise(next, outcomes, at, ERR.pinchedFibre, `pinch-${cable}`, detail)
    } else {
      next = resolve(next, outcomes, at, `pinch-${cable}`)
    }
    next = judgeBend(next, outcomes, at, cable)
    next = judgeCrossing(next, outcomes, at, cable)
    const { tie, routed } = state.cables[cable]
    if (routed && !tie) {
      const detail = { cable, ...CABLE_WORDS[cable], forceN: 0, secureN: state.setup.tie.secureN }
      next = raise(next, outcomes, at, ERR.tieLoose, `tie-${cable}`, detail)
    }
    if (tie && tie.forceN > state.setup.tie.pinchN) {
      next = raise(next, outcomes, at, ERR.tieTight, `tie-${cable}`, {
        cable,
        ...CABLE_WORDS[cable],
        forceN: tie.forceN,
        pinchN: state.setup.tie.pinchN,
      })
    }
  }
  const subscriberFibre = state.setup.splices.find(
    (s) => s.dropFibre === state.setup.subscriberDropFibre,
  )!.tubeFibre
  for (const [fibre, slot] of Object.entries(state.sleeves)) {
    const ref = `sleeve-${fibre}`
    if (slot !== null) next = resolve(next, outcomes, at, `loose-${fibre}`)
    if (slot === null) {
      if (Number(fibre) === subscriberFibre) pinchDb += state.setup.pinchLossDb
      next = raise(next, outcomes, at, ERR.looseSleeve, `loose-${fibre}`, { fibre: Number(fibre) })
    } else if (slot !== expectedSlot(Number(fibre))) {
      next = raise(next, outcomes, at, ERR.wrongSlot, ref, {
        fibre: Number(fibre),
        slot,
        expected: expectedSlot(Number(fibre)),
      })
    }
  }
  if (state.spares === 'loose') next = raise(next, outcomes, at, ERR.sparesPinched, 'spares')
  next = { ...next, pinchDb }
  outcomes.push({ kind: 'step', step: STEP.close, ...at })
  if (pinchDb > 0) outcomes.push({ kind: 'consequence', key: 'pinch', value: pinchDb, unit: 'dB', ...at })
  return { state: next, outcomes }
}

function label(state: SpliceTrayState, id: string, offsetMm: number, at: At): Result {
  const choice = state.labels.find((l) => l.id === id)
  if (!choice) return rejected(state, at, 'unknown-target', { target: id })
  if (!(Math.abs(offsetMm) <= LABEL_ZONE.halfWidthMm)) return rejected(state, at, 'label-off-cassette')
  const outcomes: Outcome[] = []
  let next: SpliceTrayState = resolve(
    { ...state, label: { id, offsetMm: round(offsetMm, 1) } },
    outcomes,
    at,
    'label',
  )
  if (!choice.correct) next = raise(next, outcomes, at, ERR.wrongLabel, 'label', { text: choice.text })
  outcomes.push({
    kind: 'step',
    step: STEP.label,
    measured: { offsetMm: round(Math.abs(offsetMm), 1) },
    ...at,
  })
  return { state: next, outcomes }
}

function measure(state: SpliceTrayState, at: At): Result {
  if (!state.meter.connected) return rejected(state, at, 'meter-not-connected')
  const nm = state.meter.wavelengthNm
  const reading = lineReadingDbm(state, nm)
  const next: SpliceTrayState = {
    ...state,
    meter: { ...state.meter, readingDbm: reading === null ? null : round(reading, 2), readAtNm: nm },
  }
  const outcomes: Outcome[] = []
  if (nm !== MEASURE_NM) {
    outcomes.push({ kind: 'error', error: ERR.wrongWavelength, ref: `nm-${at.seq}`, detail: { nm }, ...at })
    return { state: next, outcomes }
  }
  // No light (a fibre in service cut): the meter shows LO, there is no reading to record.
  if (reading !== null)
    outcomes.push({ kind: 'step', step: STEP.measure, measured: { readingDbm: round(reading, 2) }, ...at })
  return { state: next, outcomes }
}

/**
 * Leaving with a line under the threshold (or no light at all) leaves the subscriber without service,
 * whether or not the trainee measured it.
 */
function finish(state: SpliceTrayState, at: At): Result {
  const outcomes: Outcome[] = []
  const reading = lineReadingDbm(state, MEASURE_NM)
  if (reading === null || reading <= state.setup.passDbm) {
    outcomes.push({
      kind: 'error',
      error: ERR.lineFails,
      ref: 'line',
      detail: { readingDbm: reading === null ? 'LO' : round(reading, 2), passDbm: state.setup.passDbm },
      ...at,
    })
  }
  outcomes.push({ kind: 'finished', ...at })
  return { state: { ...state, finished: true }, outcomes }
}

export const spliceTrayModel: SceneModel<SpliceTrayState> = {
  scene: 'splice-tray',
  version: SPLICE_TRAY_MODEL_VERSION,
  init,
  apply,
}
