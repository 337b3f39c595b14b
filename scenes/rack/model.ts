/**
 * Mounting equipment in a datacenter rack from an elevation plan and a cable schedule: lower the
 * levelling feet and fit the stabiliser, clip the ESD strap, insert cage nuts from the inside at the
 * planned holes, fit the slide rails level, lift (two people above the limit), slide in until the
 * latches click, screw the ears, blank every empty U of the work zone, check the airflow, power PSU1
 * and PSU2 from different PDUs, patch per the schedule, dress the cables, label both ends near end
 * first, update the record. Or, when the plan puts heavy equipment high, flag it first. Step ids (DC-,
 * LB-) and the mistakes from docs/reference/domain-procedures.md §7–8. Pure reducer: gestures in,
 * state and outcomes out.
 */
import type { Exercise, Gesture } from '../../src/engine/schema.ts'
import { raise, resolve } from '../../src/engine/openErrors.ts'
import type { Outcome, SceneModel } from '../../src/engine/types.ts'
import { labelPlacement, printedText } from '../common/labels.ts'
import { RACK, U_MM, earHoles, holeId, holeOffsetMm, parseHole } from './layout.ts'
import type { HoleId, HolePos, RailId, Side } from './layout.ts'
import {
  blanksNeeded,
  deviceSpec,
  expectedLabel,
  holeName,
  intakeFront,
  nearestNeeded,
  neededNuts,
  offByOne,
  planUnsafe,
  plannedRailHole,
  plannedU,
  portIdentifier,
  scheduleLabels,
  scheduledCable,
  unitUse,
} from './rules.ts'
import type { CableEnd } from './rules.ts'
import { PORT_PATTERN, PSU_PATTERN, parseRackSetup } from './setup.ts'
import type { DeviceSpec, RackSetup } from './setup.ts'

export const RACK_MODEL_VERSION = '1.0.0'

export const ERR = {
  noAntiTip: 'RK-E01',
  liftAlone: 'RK-E02',
  noEsd: 'RK-E03',
  wrongHole: 'RK-E04',
  frontNut: 'RK-E05',
  notLevel: 'RK-E06',
  wrongU: 'RK-E07',
  heavyHigh: 'RK-E08',
  samePdu: 'RK-E09',
  missingBlank: 'RK-E10',
  airflow: 'RK-E11',
  wrongLabel: 'RK-E12',
  oneEndLabel: 'RK-E13',
  notLatched: 'RK-E14',
  wrongPort: 'RK-E15',
  falseFlag: 'RK-E16',
  notSecured: 'RK-E17',
  labelOnBoot: 'RK-E18',
} as const

export const STEP = {
  antiTip: 'DC-00',
  plan: 'DC-01',
  esd: 'DC-02',
  airflow: 'DC-08',
  power: 'DC-09',
  dress: 'DC-10',
  blanks: 'DC-07-BL',
  identify: 'LB-01',
  print: 'LB-02',
  record: 'LB-05',
} as const

/** Per-device steps: cage nuts, rails, lift, slide in, screw the ears (DC-03…DC-07). */
export const deviceStep = (step: 'DC-03' | 'DC-04' | 'DC-05' | 'DC-06' | 'DC-07', device: string) =>
  `${step}-${device.toUpperCase()}`
/** Per-cable steps: patch it (DC-10-P1), label its end a (LB-03-P1) and end b (LB-04-P1). */
export const cableStep = (step: 'DC-10' | 'LB-03' | 'LB-04', cable: string) => `${step}-${cable}`

export type Facing = 'front' | 'rear'
export type PlacedLabel = { text: string; distanceMm: number }

export type PlacedDevice = {
  where: 'trolley' | 'held' | 'mounted'
  bottomU: number | null
  /** Height of the device above its U's grid, mm: slide rails hooked one hole off leave it between U. */
  offsetMm: number
  facing: Facing
  latched: boolean
  screwed: Record<Side, boolean>
  airflowChecked: boolean
}

/** A patch cord between two ports; `a` is where the trainee started. */
export type Cord = { id: string; a: string; b: string; labels: Record<CableEnd, PlacedLabel | null> }

export type RackState = {
  setup: RackSetup
  feetLowered: boolean
  stabiliser: boolean
  strap: boolean
  colleague: boolean
  planFlagged: boolean
  nuts: { hole: HoleId; wrongSide: boolean }[]
  rails: Record<Side, { u: number; pos: HolePos } | null>
  devices: Record<string, PlacedDevice>
  blanks: number[]
  blanksLeft: number
  /** PSU inlet → PDU outlet (`A:05`). */
  power: Record<string, string>
  cords: Cord[]
  cordsMade: number
  dressed: boolean
  printed: { id: string; text: string; used: boolean }[]
  recorded: boolean
  open: Record<string, string>
  finished: boolean
}

type At = { seq: number; tMs: number }
type Result = { state: RackState; outcomes: Outcome[] }

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits
/**
 * Offsets between holes, mm, to the micrometre: the EIA-310 pitches (15.875, 12.7, 44.45) survive it,
 * where a tenth of a millimetre turned them into 15.9 and 44.5 and hid the off-by-one.
 */
const holeMm = (value: number) => round(value, 3)

function init(exercise: Exercise): RackState {
  const parsed = parseRackSetup(exercise.setup)
  if (!parsed.ok)
    throw new Error(`Exercise ${exercise.id}: invalid rack setup (${JSON.stringify(parsed.issues)})`)
  const setup = parsed.value
  return {
    setup,
    feetLowered: false,
    stabiliser: false,
    strap: false,
    colleague: false,
    planFlagged: false,
    nuts: [],
    rails: { left: null, right: null },
    devices: Object.fromEntries(
      setup.devices.map((d) => [
        d.id,
        {
          where: 'trolley',
          bottomU: null,
          offsetMm: 0,
          facing: 'front',
          latched: false,
          screwed: { left: false, right: false },
          airflowChecked: false,
        } satisfies PlacedDevice,
      ]),
    ),
    blanks: [],
    blanksLeft: setup.blanks,
    power: {},
    cords: [],
    cordsMade: 0,
    dressed: false,
    printed: [],
    recorded: false,
    open: {},
    finished: false,
  }
}

const num = (g: Gesture, key: string, fallback = Number.NaN): number => {
  const value = Number(g.p?.[key] ?? fallback)
  return Number.isFinite(value) ? value : fallback
}
const str = (g: Gesture, key: string): string => String(g.p?.[key] ?? '')

function rejected(
  state: RackState,
  at: At,
  reason: string,
  detail?: Record<string, string | number>,
): Result {
  return { state, outcomes: [{ kind: 'rejected', reason, ...at, ...(detail ? { detail } : {}) }] }
}

const step = (id: string, at: At, measured?: Record<string, number>): Outcome => ({
  kind: 'step',
  step: id,
  ...(measured ? { measured } : {}),
  ...at,
})

function apply(state: RackState, g: Gesture): Result {
  const at: At = { seq: g.seq, tMs: g.tMs }
  if (state.finished) return rejected(state, at, 'attempt-finished')
  const target = g.target ?? ''
  switch (g.type) {
    case 'hint':
      return { state, outcomes: [{ kind: 'hint', ...at }] }
    case 'lower-feet':
      if (state.feetLowered) return rejected(state, at, 'feet-lowered')
      return antiTip({ ...state, feetLowered: true }, at)
    case 'fit-stabiliser':
      if (state.stabiliser) return rejected(state, at, 'stabiliser-fitted')
      return antiTip({ ...state, stabiliser: true }, at)
    case 'clip-strap':
      if (state.strap) return rejected(state, at, 'strap-on')
      return { state: { ...state, strap: true }, outcomes: [step(STEP.esd, at)] }
    case 'unclip-strap':
      if (!state.strap) return rejected(state, at, 'strap-off')
      return { state: { ...state, strap: false }, outcomes: [] }
    case 'call-colleague':
      if (state.colleague) return rejected(state, at, 'colleague-here')
      return { state: { ...state, colleague: true }, outcomes: [] }
    case 'flag-plan':
      return flagPlan(state, at)
    case 'insert-cage-nut':
      return insertNut(state, target, str(g, 'side'), at)
    case 'remove-cage-nut':
      return removeNut(state, target, at)
    case 'fit-rail':
      return fitRail(state, target, str(g, 'hole'), at)
    case 'remove-rail':
      return removeRail(state, target, at)
    case 'lift':
      return lift(state, target, at)
    case 'put-down':
      return putDown(state, target, at)
    case 'slide-in':
      return slideIn(
        state,
        target,
        { pushMm: num(g, 'pushMm', 0), u: num(g, 'u'), facing: str(g, 'facing') },
        at,
      )
    case 'slide-out':
      return slideOut(state, target, at)
    case 'screw':
    case 'unscrew':
      return screw(state, target, g.type === 'screw', at)
    case 'blank':
      return blank(state, num(g, 'u'), at)
    case 'remove-blank':
      return removeBlank(state, num(g, 'u'), at)
    case 'check-airflow':
      return checkAirflow(state, target, at)
    case 'plug-power':
      return plugPower(state, target, str(g, 'outlet'), at)
    case 'unplug-power':
      return unplugPower(state, target, at)
    case 'connect':
      return connect(state, str(g, 'a'), str(g, 'b'), at)
    case 'disconnect':
      return disconnect(state, target, at)
    case 'dress':
      return dress(state, at)
    case 'print-label':
      return printLabel(state, str(g, 'text'), at)
    case 'attach-label':
      return attachLabel(state, target, str(g, 'label'), num(g, 'distanceMm'), at)
    case 'record':
      return record(state, at)
    case 'finish':
      return finish(state, at)
    default:
      return rejected(state, at, 'unknown-gesture', { type: g.type })
  }
}

/** DC-00: the rack stands on its feet and cannot tip once both are done, in either order. */
function antiTip(next: RackState, at: At): Result {
  const outcomes: Outcome[] = []
  if (next.feetLowered && next.stabiliser) {
    outcomes.push(step(STEP.antiTip, at))
    next = resolve(next, outcomes, at, 'anti-tip')
  }
  return { state: next, outcomes }
}

function flagPlan(state: RackState, at: At): Result {
  if (state.planFlagged) return rejected(state, at, 'plan-flagged')
  const outcomes: Outcome[] = []
  const unsafe = planUnsafe(state.setup)
  let next: RackState = { ...state, planFlagged: true }
  // The design office answers the call with the corrected plan; the job goes on from it.
  if (unsafe) outcomes.push(step(STEP.plan, at))
  else next = raise(next, outcomes, at, ERR.falseFlag, 'flag')
  return { state: next, outcomes }
}

/** Electronics are handled without the strap: an ESD discharge can ruin a board without a trace. */
function handled(state: RackState, outcomes: Outcome[], at: At): RackState {
  if (state.strap) return state
  return state.open.esd ? state : raise(state, outcomes, at, ERR.noEsd, 'esd')
}

function nutsDone(state: RackState, id: string): boolean {
  return neededNuts(state, id).every((hole) => state.nuts.some((n) => n.hole === hole && !n.wrongSide))
}

function insertNut(state: RackState, target: string, side: string, at: At): Result {
  const hole = parseHole(target)
  if (!hole) return rejected(state, at, 'unknown-target', { target })
  if (side !== 'inside' && side !== 'front') return rejected(state, at, 'unknown-side', { side })
  const id = target as HoleId
  if (state.nuts.some((n) => n.hole === id)) return rejected(state, at, 'hole-taken')
  if (railPinIn(state, id)) return rejected(state, at, 'hole-taken')
  const before = state.setup.devices.filter((d) => nutsDone(state, d.id)).map((d) => d.id)
  const outcomes: Outcome[] = []
  let next: RackState = { ...state, nuts: [...state.nuts, { hole: id, wrongSide: side === 'front' }] }
  if (side === 'front') next = raise(next, outcomes, at, ERR.frontNut, `front-${id}`, { hole: holeName(id) })
  const needed = state.setup.devices.some((d) => neededNuts(state, d.id).includes(id))
  if (!needed) {
    const nearest = nearestNeeded(state, id)
    next = raise(next, outcomes, at, ERR.wrongHole, `hole-${id}`, {
      hole: holeName(id),
      expected: nearest ? holeName(nearest.hole) : '—',
      offsetMm: nearest ? holeMm(nearest.offsetMm) : 0,
      offByOne: nearest && offByOne(nearest.offsetMm) ? 1 : 0,
    })
  }
  for (const d of state.setup.devices)
    if (!before.includes(d.id) && nutsDone(next, d.id)) outcomes.push(step(deviceStep('DC-03', d.id), at))
  return { state: next, outcomes }
}

function removeNut(state: RackState, target: string, at: At): Result {
  const nut = state.nuts.find((n) => n.hole === target)
  // Nothing to take out there ('no-cage-nut' is the screw's refusal, and names the hole behind it).
  if (!nut) return rejected(state, at, 'unknown-target', { target })
  if (screwedInto(state, nut.hole)) return rejected(state, at, 'screw-in-nut')
  const outcomes: Outcome[] = []
  let next: RackState = { ...state, nuts: state.nuts.filter((n) => n !== nut) }
  for (const d of state.setup.devices)
    if (nutsDone(state, d.id) && !nutsDone(next, d.id))
      outcomes.push({ kind: 'undo', step: deviceStep('DC-03', d.id), ...at })
  next = resolve(next, outcomes, at, `front-${nut.hole}`)
  next = resolve(next, outcomes, at, `hole-${nut.hole}`)
  return { state: next, outcomes }
}

/** Whether a fitted slide rail hooks into this hole (front or rear rail of its side). */
function railPinIn(state: RackState, hole: HoleId): boolean {
  const h = parseHole(hole)!
  const side: Side = h.rail === 'fl' || h.rail === 'rl' ? 'left' : 'right'
  const rail = state.rails[side]
  return rail !== null && rail.u === h.u && rail.pos === h.pos
}

function screwedInto(state: RackState, hole: HoleId): boolean {
  return state.setup.devices.some((d) => {
    const placed = state.devices[d.id]!
    if (placed.bottomU === null) return false
    const holes = earHoles(placed.bottomU, d.heightU)
    return (
      (placed.screwed.left && holes.slice(0, 2).includes(hole)) ||
      (placed.screwed.right && holes.slice(2).includes(hole))
    )
  })
}

/** The server that rides on the slide rails (the kit has one pair). */
function railDevice(setup: RackSetup): DeviceSpec | undefined {
  return setup.devices.find((d) => d.kind === 'server')
}

function fitRail(state: RackState, target: string, hole: string, at: At): Result {
  const side = target === 'left' || target === 'right' ? (target as Side) : null
  const server = railDevice(state.setup)
  if (!side || !server) return rejected(state, at, 'unknown-target', { target })
  if (state.rails[side]) return rejected(state, at, 'rail-fitted')
  const match = /^(\d{1,2})\.([123])$/.exec(hole)
  const front: RailId = side === 'left' ? 'fl' : 'fr'
  const parsed = match ? parseHole(`${front}:${match[1]}.${match[2]}`) : null
  if (!parsed) return rejected(state, at, 'unknown-hole', { hole })
  if (state.nuts.some((n) => n.hole === holeId(front, parsed.u, parsed.pos)))
    return rejected(state, at, 'hole-taken')
  const outcomes: Outcome[] = []
  const fitted = { u: parsed.u, pos: parsed.pos }
  let next: RackState = { ...state, rails: { ...state.rails, [side]: fitted } }
  const planned = plannedRailHole(state, server.id)
  const offsetMm = holeMm(holeOffsetMm(fitted, planned))
  if (offsetMm !== 0)
    next = raise(next, outcomes, at, ERR.wrongHole, `rail-${side}`, {
      hole: holeName(holeId(front, fitted.u, fitted.pos)),
      expected: holeName(holeId(front, planned.u, planned.pos)),
      offsetMm,
      offByOne: offByOne(offsetMm) ? 1 : 0,
    })
  const other = next.rails[side === 'left' ? 'right' : 'left']
  if (other) {
    const levelMm = holeMm(Math.abs(holeOffsetMm(fitted, other)))
    if (levelMm !== 0) next = raise(next, outcomes, at, ERR.notLevel, 'level', { levelMm })
    else {
      next = resolve(next, outcomes, at, 'level')
      outcomes.push(step(deviceStep('DC-04', server.id), at, { offsetMm: Math.abs(offsetMm) }))
    }
  }
  return { state: next, outcomes }
}

function railsLevel(state: RackState): boolean {
  const { left, right } = state.rails
  return left !== null && right !== null && left.u === right.u && left.pos === right.pos
}

function removeRail(state: RackState, target: string, at: At): Result {
  const side = target === 'left' || target === 'right' ? (target as Side) : null
  if (!side || !state.rails[side]) return rejected(state, at, 'no-rail')
  const server = railDevice(state.setup)!
  if (state.devices[server.id]!.where === 'mounted') return rejected(state, at, 'device-on-rails')
  const outcomes: Outcome[] = []
  if (railsLevel(state)) outcomes.push({ kind: 'undo', step: deviceStep('DC-04', server.id), ...at })
  let next: RackState = { ...state, rails: { ...state.rails, [side]: null } }
  next = resolve(next, outcomes, at, `rail-${side}`)
  next = resolve(next, outcomes, at, 'level')
  return { state: next, outcomes }
}

function lift(state: RackState, id: string, at: At): Result {
  const spec = deviceSpec(state.setup, id)
  if (!spec) return rejected(state, at, 'unknown-target', { target: id })
  if (state.devices[id]!.where !== 'trolley') return rejected(state, at, 'not-on-trolley')
  if (Object.values(state.devices).some((d) => d.where === 'held')) return rejected(state, at, 'hands-full')
  const outcomes: Outcome[] = []
  let next = handled(state, outcomes, at)
  // IEC 61010-1: above the limit the lift is a two-person job; alone, the back or the device goes.
  if (spec.massKg > state.setup.liftAloneMaxKg && !state.colleague)
    next = raise(next, outcomes, at, ERR.liftAlone, `lift-${id}`, {
      massKg: spec.massKg,
      maxKg: state.setup.liftAloneMaxKg,
    })
  next = { ...next, devices: { ...next.devices, [id]: { ...next.devices[id]!, where: 'held' } } }
  outcomes.push(step(deviceStep('DC-05', id), at))
  return { state: next, outcomes }
}

function putDown(state: RackState, id: string, at: At): Result {
  const placed = state.devices[id]
  if (!placed || placed.where !== 'held') return rejected(state, at, 'not-held')
  return {
    state: { ...state, devices: { ...state.devices, [id]: { ...placed, where: 'trolley' } } },
    outcomes: [{ kind: 'undo', step: deviceStep('DC-05', id), ...at }],
  }
}

function slideIn(
  state: RackState,
  id: string,
  push: { pushMm: number; u: number; facing: string },
  at: At,
): Result {
  const spec = deviceSpec(state.setup, id)
  if (!spec) return rejected(state, at, 'unknown-target', { target: id })
  const placed = state.devices[id]!
  if (placed.where === 'mounted') return pushHome(state, id, push.pushMm, at)
  if (placed.where !== 'held') return rejected(state, at, 'not-held')
  let bottomU: number
  let offsetMm = 0
  let facing: Facing = 'front'
  if (spec.kind === 'server') {
    const { left, right } = state.rails
    if (!left || !right) return rejected(state, at, 'no-rails')
    if (!railsLevel(state)) return rejected(state, at, 'rails-not-level')
    bottomU = left.u
    offsetMm = holeMm(holeOffsetMm(left, { u: left.u, pos: 2 }))
  } else {
    if (!Number.isInteger(push.u)) return rejected(state, at, 'unknown-u')
    if (push.facing !== 'front' && push.facing !== 'rear') return rejected(state, at, 'unknown-facing')
    bottomU = push.u
    facing = push.facing
  }
  const used = unitUse(state)
  for (let u = bottomU; u < bottomU + spec.heightU; u++)
    if (u > RACK.units || used.has(u)) return rejected(state, at, 'u-taken', { u })
  const latched = spec.kind !== 'server' || push.pushMm >= state.setup.latchMm
  const outcomes: Outcome[] = []
  let next: RackState = {
    ...state,
    devices: {
      ...state.devices,
      [id]: { ...placed, where: 'mounted', bottomU, offsetMm, facing, latched },
    },
  }
  if (!(state.feetLowered && state.stabiliser))
    next = raise(next, outcomes, at, ERR.noAntiTip, 'anti-tip', {
      feet: state.feetLowered ? 1 : 0,
      stabiliser: state.stabiliser ? 1 : 0,
    })
  if (spec.massKg > state.setup.liftAloneMaxKg && bottomU > state.setup.heavyMaxU)
    next = raise(next, outcomes, at, ERR.heavyHigh, `high-${id}`, {
      device: spec.name,
      u: bottomU,
      massKg: spec.massKg,
    })
  const planned = plannedU(state, id)
  if (bottomU !== planned)
    next = raise(next, outcomes, at, ERR.wrongU, `u-${id}`, {
      device: spec.name,
      u: bottomU,
      expected: planned,
      offsetMm: round((bottomU - planned) * U_MM, 2),
      offByOne: Math.abs(bottomU - planned) === 1 ? 1 : 0,
    })
  if (!intakeFront(spec, facing))
    next = raise(next, outcomes, at, ERR.airflow, `airflow-${id}`, { device: spec.name })
  if (!latched)
    next = raise(next, outcomes, at, ERR.notLatched, `latch-${id}`, {
      device: spec.name,
      pushMm: round(push.pushMm),
    })
  if (spec.kind === 'server' && latched) outcomes.push(step(deviceStep('DC-06', id), at))
  return { state: next, outcomes }
}

function pushHome(state: RackState, id: string, pushMm: number, at: At): Result {
  const placed = state.devices[id]!
  if (placed.latched) return rejected(state, at, 'latched')
  if (pushMm < state.setup.latchMm) return rejected(state, at, 'not-home')
  const outcomes: Outcome[] = []
  let next: RackState = { ...state, devices: { ...state.devices, [id]: { ...placed, latched: true } } }
  next = resolve(next, outcomes, at, `latch-${id}`)
  outcomes.push(step(deviceStep('DC-06', id), at))
  return { state: next, outcomes }
}

function slideOut(state: RackState, id: string, at: At): Result {
  const spec = deviceSpec(state.setup, id)
  const placed = state.devices[id]
  if (!spec || !placed || placed.where !== 'mounted') return rejected(state, at, 'not-mounted')
  if (placed.screwed.left || placed.screwed.right) return rejected(state, at, 'screwed')
  if (Object.keys(state.power).some((psu) => psu.startsWith(`${id}:`))) return rejected(state, at, 'powered')
  if (state.cords.some((c) => c.a.startsWith(`${id}:`) || c.b.startsWith(`${id}:`)))
    return rejected(state, at, 'cabled')
  const outcomes: Outcome[] = []
  if (spec.kind === 'server' && placed.latched)
    outcomes.push({ kind: 'undo', step: deviceStep('DC-06', id), ...at })
  let next: RackState = {
    ...state,
    devices: {
      ...state.devices,
      [id]: { ...placed, where: 'held', bottomU: null, offsetMm: 0, latched: false },
    },
  }
  for (const ref of [`u-${id}`, `airflow-${id}`, `latch-${id}`, `high-${id}`])
    next = resolve(next, outcomes, at, ref)
  return { state: next, outcomes }
}

/** Ear screws go into the cage nuts in front of the ear's holes; without one the screw has nothing to bite. */
function screw(state: RackState, target: string, tighten: boolean, at: At): Result {
  const [id, sideText] = target.split(':')
  const spec = deviceSpec(state.setup, id ?? '')
  const side = sideText === 'left' || sideText === 'right' ? (sideText as Side) : null
  if (!spec || !side) return rejected(state, at, 'unknown-target', { target })
  const placed = state.devices[spec.id]!
  if (placed.where !== 'mounted' || placed.bottomU === null) return rejected(state, at, 'not-mounted')
  if (placed.screwed[side] === tighten) return rejected(state, at, tighten ? 'screwed' : 'not-screwed')
  const outcomes: Outcome[] = []
  if (tighten) {
    if (placed.offsetMm !== 0) return rejected(state, at, 'ears-misaligned', { offsetMm: placed.offsetMm })
    const holes = earHoles(placed.bottomU, spec.heightU).slice(
      side === 'left' ? 0 : 2,
      side === 'left' ? 2 : 4,
    )
    const missing = holes.find((hole) => !state.nuts.some((n) => n.hole === hole))
    if (missing) return rejected(state, at, 'no-cage-nut', { hole: holeName(missing) })
  }
  const screwed = { ...placed.screwed, [side]: tighten }
  const next: RackState = { ...state, devices: { ...state.devices, [spec.id]: { ...placed, screwed } } }
  const bothBefore = placed.screwed.left && placed.screwed.right
  if (tighten && screwed.left && screwed.right) {
    outcomes.push(step(deviceStep('DC-07', spec.id), at))
  } else if (!tighten && bothBefore)
    outcomes.push({ kind: 'undo', step: deviceStep('DC-07', spec.id), ...at })
  return { state: next, outcomes }
}

function blank(state: RackState, u: number, at: At): Result {
  if (!Number.isInteger(u) || u < 1 || u > RACK.units) return rejected(state, at, 'unknown-u')
  if (state.blanksLeft <= 0) return rejected(state, at, 'no-blanks')
  if (unitUse(state).has(u)) return rejected(state, at, 'u-taken', { u })
  const before = blanksNeeded(state).length
  const next: RackState = { ...state, blanks: [...state.blanks, u], blanksLeft: state.blanksLeft - 1 }
  const outcomes: Outcome[] = []
  if (before > 0 && blanksNeeded(next).length === 0) outcomes.push(step(STEP.blanks, at))
  return { state: resolveBlanks(next, outcomes, at), outcomes }
}

function resolveBlanks(state: RackState, outcomes: Outcome[], at: At): RackState {
  return blanksNeeded(state).length === 0 ? resolve(state, outcomes, at, 'blanks') : state
}

function removeBlank(state: RackState, u: number, at: At): Result {
  if (!state.blanks.includes(u)) return rejected(state, at, 'no-blank')
  const next: RackState = {
    ...state,
    blanks: state.blanks.filter((b) => b !== u),
    blanksLeft: state.blanksLeft + 1,
  }
  const outcomes: Outcome[] = []
  if (blanksNeeded(state).length === 0 && blanksNeeded(next).length > 0)
    outcomes.push({ kind: 'undo', step: STEP.blanks, ...at })
  return { state: next, outcomes }
}

function checkAirflow(state: RackState, id: string, at: At): Result {
  const placed = state.devices[id]
  if (!placed) return rejected(state, at, 'unknown-target', { target: id })
  if (placed.airflowChecked) return rejected(state, at, 'airflow-checked')
  const next: RackState = {
    ...state,
    devices: { ...state.devices, [id]: { ...placed, airflowChecked: true } },
  }
  const outcomes: Outcome[] = []
  if (Object.values(next.devices).every((d) => d.airflowChecked)) outcomes.push(step(STEP.airflow, at))
  return { state: next, outcomes }
}

/** Every device's supplies are plugged, and a device with two takes them from both feeds. */
function powerDone(state: RackState): boolean {
  return state.setup.devices.every((d) => {
    const outlets = Array.from({ length: d.psus }, (_, i) => state.power[`${d.id}:psu${i + 1}`])
    if (outlets.some((o) => o === undefined)) return false
    return d.psus < 2 || new Set(outlets.map((o) => o!.split(':')[0])).size === 2
  })
}

function plugPower(state: RackState, psu: string, outlet: string, at: At): Result {
  const match = PSU_PATTERN.exec(psu)
  const spec = match ? deviceSpec(state.setup, match[1]!) : undefined
  if (!match || !spec || Number(match[2]) > spec.psus)
    return rejected(state, at, 'unknown-target', { target: psu })
  const out = /^([AB]):(\d{1,2})$/.exec(outlet)
  if (!out || Number(out[2]) < 1 || Number(out[2]) > 12)
    return rejected(state, at, 'unknown-outlet', { outlet })
  if (state.devices[spec.id]!.where !== 'mounted') return rejected(state, at, 'not-mounted')
  if (state.power[psu]) return rejected(state, at, 'psu-plugged')
  if (Object.values(state.power).includes(outlet)) return rejected(state, at, 'outlet-taken')
  const outcomes: Outcome[] = []
  const before = powerDone(state)
  let next: RackState = { ...state, power: { ...state.power, [psu]: outlet } }
  next = judgeFeeds(next, spec, outcomes, at)
  if (!before && powerDone(next)) outcomes.push(step(STEP.power, at))
  return { state: next, outcomes }
}

/** Both supplies of one device on the same PDU: when that feed goes, the server goes with it. */
function judgeFeeds(state: RackState, spec: DeviceSpec, outcomes: Outcome[], at: At): RackState {
  if (spec.psus < 2) return state
  const pdus = [1, 2].map((n) => state.power[`${spec.id}:psu${n}`]?.split(':')[0])
  const ref = `feed-${spec.id}`
  if (pdus[0] && pdus[0] === pdus[1]) {
    const next = raise(state, outcomes, at, ERR.samePdu, ref, { device: spec.name, pdu: pdus[0] })
    outcomes.push({ kind: 'consequence', key: `feed-lost-${spec.id}`, value: 100, unit: '%', ...at })
    return next
  }
  return resolve(state, outcomes, at, ref)
}

function unplugPower(state: RackState, psu: string, at: At): Result {
  if (!state.power[psu]) return rejected(state, at, 'psu-unplugged')
  const outcomes: Outcome[] = []
  const power = { ...state.power }
  delete power[psu]
  let next: RackState = { ...state, power }
  if (powerDone(state)) outcomes.push({ kind: 'undo', step: STEP.power, ...at })
  const spec = deviceSpec(state.setup, psu.split(':')[0]!)!
  next = resolve(next, outcomes, at, `feed-${spec.id}`)
  return { state: next, outcomes }
}

/** A port is usable when its device is in the rack (or was already there). */
function portReady(state: RackState, port: string): boolean {
  const match = PORT_PATTERN.exec(port)
  if (!match) return false
  const owner = match[1]!
  if (state.setup.installed.some((d) => d.id === owner)) return true
  return state.devices[owner]?.where === 'mounted'
}

function connect(state: RackState, a: string, b: string, at: At): Result {
  if (!portReady(state, a) || !portReady(state, b) || a === b)
    return rejected(state, at, 'port-unavailable', { a, b })
  if (state.cords.some((c) => [c.a, c.b].includes(a) || [c.a, c.b].includes(b)))
    return rejected(state, at, 'port-taken')
  const id = `C${state.cordsMade + 1}`
  const outcomes: Outcome[] = []
  let next: RackState = {
    ...state,
    cords: [...state.cords, { id, a, b, labels: { a: null, b: null } }],
    cordsMade: state.cordsMade + 1,
  }
  const cable = scheduledCable(state.setup, a, b)
  if (cable) outcomes.push(step(cableStep('DC-10', cable.id), at))
  else {
    const near = nearestCable(state, a, b)
    next = raise(next, outcomes, at, ERR.wrongPort, `cord-${id}`, {
      cable: near.cable,
      ports: `${portIdentifier(state, a)} ↔ ${portIdentifier(state, b)}`,
      expected: near.expected,
      offByOne: near.offByOne ? 1 : 0,
    })
  }
  return { state: next, outcomes }
}

/** The schedule's cable a wrong cord was probably meant to be, and whether one port is the next one. */
function nearestCable(state: RackState, a: string, b: string) {
  const portNumber = (port: string) => {
    const m = PORT_PATTERN.exec(port)!
    return { owner: `${m[1]}:${m[2]}`, n: Number(m[3]) }
  }
  let best = state.setup.cables[0]!
  let bestScore = -1
  let off = false
  for (const cable of state.setup.cables) {
    for (const [x, y] of [
      [cable.a, cable.b],
      [cable.b, cable.a],
    ] as const) {
      const score = Number(x === a) + Number(y === b)
      const pa = portNumber(a)
      const px = portNumber(x)
      const pb = portNumber(b)
      const py = portNumber(y)
      const near =
        (x === a && pb.owner === py.owner && Math.abs(pb.n - py.n) === 1) ||
        (y === b && pa.owner === px.owner && Math.abs(pa.n - px.n) === 1)
      if (score > bestScore) {
        best = cable
        bestScore = score
        off = near
      }
    }
  }
  return {
    cable: best.id,
    expected: `${portIdentifier(state, best.a)} ↔ ${portIdentifier(state, best.b)}`,
    offByOne: off,
  }
}

function disconnect(state: RackState, id: string, at: At): Result {
  const cord = state.cords.find((c) => c.id === id)
  if (!cord) return rejected(state, at, 'unknown-target', { target: id })
  const outcomes: Outcome[] = []
  const cable = scheduledCable(state.setup, cord.a, cord.b)
  if (cable) {
    outcomes.push({ kind: 'undo', step: cableStep('DC-10', cable.id), ...at })
    if (cord.labels.a || cord.labels.b) {
      for (const end of ['a', 'b'] as const)
        if (cord.labels[end]) outcomes.push({ kind: 'undo', step: labelStep(cable, cord, end), ...at })
    }
  }
  if (state.dressed) outcomes.push({ kind: 'undo', step: STEP.dress, ...at })
  let next: RackState = { ...state, cords: state.cords.filter((c) => c !== cord), dressed: false }
  for (const ref of [`cord-${id}`, `label-${id}-a`, `label-${id}-b`, `boot-${id}-a`, `boot-${id}-b`])
    next = resolve(next, outcomes, at, ref)
  return { state: next, outcomes }
}

function dress(state: RackState, at: At): Result {
  if (state.dressed) return rejected(state, at, 'dressed')
  if (state.cords.length === 0) return rejected(state, at, 'no-cords')
  return { state: { ...state, dressed: true }, outcomes: [step(STEP.dress, at)] }
}

function printLabel(state: RackState, typed: string, at: At): Result {
  const text = printedText(typed)
  if (!text) return rejected(state, at, 'label-empty')
  const printed = [...state.printed, { id: `L${state.printed.length + 1}`, text, used: false }]
  const outcomes: Outcome[] = []
  // The first label that reads as the schedule shows the identifier was derived from the record.
  const right = scheduleLabels(state).includes(text)
  if (right && !state.printed.some((l) => scheduleLabels(state).includes(l.text)))
    outcomes.push(step(STEP.identify, at), step(STEP.print, at))
  return { state: { ...state, printed }, outcomes }
}

/** The label step of a cord's end: LB-03 at the schedule's end a, LB-04 at its end b. */
function labelStep(cable: RackSetup['cables'][number], cord: Cord, end: CableEnd): string {
  const port = cord[end]
  return cableStep(port === cable.a ? 'LB-03' : 'LB-04', cable.id)
}

function attachLabel(state: RackState, target: string, labelId: string, distanceMm: number, at: At): Result {
  const [cordId, endText] = target.split(':')
  const cord = state.cords.find((c) => c.id === cordId)
  const end: CableEnd | null = endText === 'a' || endText === 'b' ? endText : null
  if (!cord || !end) return rejected(state, at, 'unknown-target', { target })
  if (cord.labels[end]) return rejected(state, at, 'end-labelled')
  const label = state.printed.find((l) => l.id === labelId && !l.used)
  if (!label) return rejected(state, at, 'no-label')
  if (!(distanceMm >= 0 && distanceMm <= 600)) return rejected(state, at, 'label-off-cord')
  const distance = round(distanceMm)
  const outcomes: Outcome[] = []
  let next: RackState = {
    ...state,
    printed: state.printed.map((l) => (l === label ? { ...l, used: true } : l)),
    cords: state.cords.map((c) =>
      c === cord ? { ...c, labels: { ...c.labels, [end]: { text: label.text, distanceMm: distance } } } : c,
    ),
  }
  const cable = scheduledCable(state.setup, cord.a, cord.b)
  // Near end first: the end's own port, then the far one; for a cord off the schedule, what its ports are.
  const near = cord[end]
  const far = end === 'a' ? cord.b : cord.a
  const expected = cable
    ? expectedLabel(state, cable.id, near === cable.a ? 'a' : 'b')
    : `${portIdentifier(state, near)}/${portIdentifier(state, far)}`
  const ref = `label-${cord.id}-${end}`
  next = resolve(next, outcomes, at, `ends-${cord.id}`)
  if (label.text !== expected)
    next = raise(next, outcomes, at, ERR.wrongLabel, ref, { text: label.text, expected })
  if (labelPlacement(distance, state.setup.label) === 'on-boot')
    next = raise(next, outcomes, at, ERR.labelOnBoot, `boot-${cord.id}-${end}`, { distanceMm: distance })
  if (cable) outcomes.push(step(labelStep(cable, cord, end), at, { distanceMm: distance }))
  return { state: next, outcomes }
}

function record(state: RackState, at: At): Result {
  if (state.recorded) return rejected(state, at, 'recorded')
  const unlabelled = state.setup.cables.filter((cable) => {
    const cord = state.cords.find((c) => scheduledCable(state.setup, c.a, c.b) === cable)
    return !cord?.labels.a || !cord.labels.b
  })
  if (unlabelled.length > 0) return rejected(state, at, 'not-labelled', { cable: unlabelled[0]!.id })
  return { state: { ...state, recorded: true }, outcomes: [step(STEP.record, at)] }
}

/**
 * Leaving the rack: a device not screwed can slide out; empty U in the work zone let hot air back to
 * the intakes; a cable labelled at one end only cannot be traced from the other.
 */
function finish(state: RackState, at: At): Result {
  const outcomes: Outcome[] = []
  let next = state
  for (const d of state.setup.devices) {
    const placed = state.devices[d.id]!
    if (placed.where === 'mounted' && !(placed.screwed.left && placed.screwed.right))
      next = raise(next, outcomes, at, ERR.notSecured, `secured-${d.id}`, { device: d.name })
  }
  const missing = blanksNeeded(state)
  if (missing.length > 0)
    next = raise(next, outcomes, at, ERR.missingBlank, 'blanks', {
      count: missing.length,
      units: missing.map((u) => `U${u}`).join(', '),
    })
  for (const cord of state.cords) {
    const labelled = (['a', 'b'] as const).filter((end) => cord.labels[end])
    if (labelled.length < 2)
      next = raise(next, outcomes, at, ERR.oneEndLabel, `ends-${cord.id}`, {
        ports: `${portIdentifier(state, cord.a)} ↔ ${portIdentifier(state, cord.b)}`,
        labelled: labelled.length,
      })
  }
  outcomes.push({ kind: 'finished', ...at })
  return { state: { ...next, finished: true }, outcomes }
}

export const rackModel: SceneModel<RackState> = {
  scene: 'rack',
  version: RACK_MODEL_VERSION,
  init,
  apply,
}
