/**
 * Patching ("brassage") in a street cabinet (PM) from a work order: unlock and open, photograph the work
 * area, pull the drawers, read and check the ports, take a cord from the rack, plug the operator's
 * splitter output until it clicks, lead the cord through the guides, plug the subscriber's port, store the
 * excess, print and attach flag labels at both ends, photograph again, close and lock. Or, when the OT's
 * subscriber port already serves someone, leave it plugged and report the anomaly. Rules and step ids
 * (RC-04, LB-) from docs/reference/domain-procedures.md §6 and §8; the route's length through the guides
 * comes from layout.ts. Pure reducer: gestures in, state and outcomes out.
 */
import type { Exercise, Gesture } from '../../src/engine/schema.ts'
import { raise, resolve } from '../../src/engine/openErrors.ts'
import type { Outcome, SceneModel } from '../../src/engine/types.ts'
import { labelPlacement, printedText } from '../common/labels.ts'
import { ALL_DRAWERS, guideRoute, parseDrawer, parsePort } from './layout.ts'
import type { DrawerId, GuideId, PortId } from './layout.ts'
import {
  excessMm,
  expectedLabel,
  jobDone,
  neededMm,
  occupant,
  photoCoverage,
  portName,
  rightCord,
  routeTaken,
} from './rules.ts'
import { parsePmSetup } from './setup.ts'
import type { PmSetup } from './setup.ts'

export const PM_MODEL_VERSION = '1.0.0'

export const ERR = {
  wrongPort: 'PM-E01',
  wrongCustomer: 'PM-E02',
  overwrite: 'PM-E03',
  mismatch: 'PM-E04',
  outsideGuides: 'PM-E05',
  longCord: 'PM-E06',
  slackLoose: 'PM-E07',
  notLatched: 'PM-E08',
  wrongLabel: 'PM-E09',
  labelOnBoot: 'PM-E10',
  lookedIntoLaser: 'PM-E11',
  doorOpen: 'PM-E12',
  doorUnlocked: 'PM-E13',
  falseReport: 'PM-E14',
  dangling: 'PM-E15',
  capOff: 'PM-E16',
} as const

export const STEP = {
  open: 'RC-04-01',
  photoBefore: 'RC-04-02',
  check: 'RC-04-03',
  plugOperator: 'RC-04-04',
  route: 'RC-04-05',
  plugSubscriber: 'RC-04-06',
  slack: 'RC-04-07',
  report: 'RC-04-08',
  photoAfter: 'RC-04-09',
  close: 'RC-04-10',
  lock: 'RC-04-11',
  print: 'LB-02',
  labelOperator: 'LB-03',
  labelSubscriber: 'LB-04',
} as const

export type End = 'a' | 'b'
export type Polish = 'apc' | 'upc'
export type PlacedLabel = { text: string; distanceMm: number }

/** The cord the trainee took from the rack. End `a` is the first one plugged. */
export type OwnCord = {
  id: string
  lengthMm: number
  polish: Polish
  ends: Record<End, PortId | null>
  latched: Record<End, boolean>
  /** Guides the cord was led through from end a, in order; null: not led yet. */
  via: GuideId[] | null
  /** Length of the route between the two plugged ends (with the boots' allowance), mm. */
  routeMm: number | null
  inGuides: boolean
  slackStored: boolean
  labels: Record<End, PlacedLabel | null>
}

export type OtherCord = { op: PortId; dist: PortId; ptoRef: string; unplugged: boolean }

export type PmState = {
  setup: PmSetup
  door: 'locked' | 'closed' | 'open'
  pulled: Record<DrawerId, boolean>
  /** Ports whose dust cap is off. */
  uncapped: PortId[]
  others: OtherCord[]
  cord: OwnCord | null
  /** Ports read up close, in order. */
  looked: PortId[]
  printed: { id: string; text: string; used: boolean }[]
  /** Share of the work area each photo shows, %; null: not taken. */
  photos: { before: number | null; after: number | null }
  reported: boolean
  /** Something in the cabinet has been touched: a "before" photo can no longer be taken. */
  touched: boolean
  open: Record<string, string>
  finished: boolean
}

type At = { seq: number; tMs: number }
type Result = { state: PmState; outcomes: Outcome[] }

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits

function init(exercise: Exercise): PmState {
  const parsed = parsePmSetup(exercise.setup)
  if (!parsed.ok)
    throw new Error(`Exercise ${exercise.id}: invalid pm-cabinet setup (${JSON.stringify(parsed.issues)})`)
  const setup = parsed.value
  return {
    setup,
    door: 'locked',
    pulled: Object.fromEntries(ALL_DRAWERS.map((d) => [d, false])) as Record<DrawerId, boolean>,
    uncapped: [],
    others: setup.occupied.map((o) => ({ ...o, unplugged: false })),
    cord: null,
    looked: [],
    printed: [],
    photos: { before: null, after: null },
    reported: false,
    touched: false,
    open: {},
    finished: false,
  }
}

const num = (g: Gesture, key: string, fallback = 0): number => {
  const value = Number(g.p?.[key] ?? fallback)
  return Number.isFinite(value) ? value : fallback
}

function rejected(state: PmState, at: At, reason: string, detail?: Record<string, string | number>): Result {
  return { state, outcomes: [{ kind: 'rejected', reason, ...at, ...(detail ? { detail } : {}) }] }
}

/** Gestures on a drawer's ports need the drawer pulled out. */
function drawerOf(port: PortId): DrawerId {
  return parsePort(port)!.drawer
}

function apply(state: PmState, g: Gesture): Result {
  const at: At = { seq: g.seq, tMs: g.tMs }
  if (state.finished) return rejected(state, at, 'attempt-finished')
  const target = g.target ?? ''
  const port = parsePort(target) ? (target as PortId) : null
  const needPort = (run: (port: PortId) => Result): Result => {
    if (!port) return rejected(state, at, 'unknown-target', { target })
    if (state.door !== 'open') return rejected(state, at, 'door-closed')
    if (!state.pulled[drawerOf(port)]) return rejected(state, at, 'drawer-in')
    return run(port)
  }
  switch (g.type) {
    case 'hint':
      return { state, outcomes: [{ kind: 'hint', ...at }] }
    case 'unlock':
      if (state.door !== 'locked') return rejected(state, at, 'not-locked')
      return { state: { ...state, door: 'closed' }, outcomes: [] }
    case 'open-door':
      if (state.door === 'locked') return rejected(state, at, 'door-locked')
      if (state.door === 'open') return rejected(state, at, 'door-open')
      return { state: { ...state, door: 'open' }, outcomes: [{ kind: 'step', step: STEP.open, ...at }] }
    case 'close-door':
      return closeDoor(state, at)
    case 'lock':
      if (state.door === 'open') return rejected(state, at, 'door-open')
      if (state.door === 'locked') return rejected(state, at, 'door-locked')
      return { state: { ...state, door: 'locked' }, outcomes: [{ kind: 'step', step: STEP.lock, ...at }] }
    case 'pull-drawer':
    case 'push-drawer':
      return moveDrawer(state, target, g.type === 'pull-drawer', at)
    case 'photo':
      return photo(state, { x0: num(g, 'x0'), y0: num(g, 'y0'), x1: num(g, 'x1'), y1: num(g, 'y1') }, at)
    case 'look':
      return needPort((p) => look(state, p, at))
    case 'uncap':
      return needPort((p) => uncap(state, p, at))
    case 'cap':
      return needPort((p) => cap(state, p, at))
    case 'take-cord':
      return takeCord(state, target, at)
    case 'plug':
      return needPort((p) => plug(state, p, num(g, 'pushMm'), at))
    case 'unplug':
      return needPort((p) => unplug(state, p, at))
    case 'route':
      return route(state, String(g.p?.via ?? ''), at)
    case 'store-slack':
      return storeSlack(state, at)
    case 'print-label':
      return printLabel(state, String(g.p?.text ?? ''), at)
    case 'attach-label':
      return attachLabel(state, target, String(g.p?.label ?? ''), num(g, 'distanceMm', Number.NaN), at)
    case 'report':
      return report(state, at)
    case 'finish':
      return finish(state, at)
    default:
      return rejected(state, at, 'unknown-gesture', { type: g.type })
  }
}

function closeDoor(state: PmState, at: At): Result {
  if (state.door !== 'open') return rejected(state, at, 'door-closed')
  // A pulled drawer stands in the door's way.
  const out = ALL_DRAWERS.find((d) => state.pulled[d])
  if (out) return rejected(state, at, 'drawer-out', { drawer: out })
  return { state: { ...state, door: 'closed' }, outcomes: [{ kind: 'step', step: STEP.close, ...at }] }
}

function moveDrawer(state: PmState, target: string, pull: boolean, at: At): Result {
  if (!parseDrawer(target)) return rejected(state, at, 'unknown-target', { target })
  if (state.door !== 'open') return rejected(state, at, 'door-closed')
  const drawer = target as DrawerId
  if (state.pulled[drawer] === pull) return rejected(state, at, pull ? 'drawer-out' : 'drawer-in')
  return { state: { ...state, pulled: { ...state.pulled, [drawer]: pull } }, outcomes: [] }
}

function photo(state: PmState, frame: { x0: number; y0: number; x1: number; y1: number }, at: At): Result {
  if (state.door !== 'open') return rejected(state, at, 'door-closed')
  const coveragePct = round(photoCoverage(state.setup, frame))
  if (jobDone(state)) {
    return {
      state: { ...state, photos: { ...state.photos, after: coveragePct } },
      outcomes: [{ kind: 'step', step: STEP.photoAfter, measured: { coveragePct }, ...at }],
    }
  }
  // A photo in the middle of the job documents nothing the intervention report needs.
  if (state.touched) return rejected(state, at, 'photo-job-unfinished')
  return {
    state: { ...state, photos: { ...state.photos, before: coveragePct } },
    outcomes: [{ kind: 'step', step: STEP.photoBefore, measured: { coveragePct }, ...at }],
  }
}

function look(state: PmState, port: PortId, at: At): Result {
  const next = { ...state, looked: [...state.looked, port] }
  const outcomes: Outcome[] = []
  const side = parsePort(port)!.side
  // The splitter outputs carry the OLT's 1490 nm downstream all the time: an open one shines into the eye.
  if (side === 'op' && state.uncapped.includes(port) && !occupant(state, port)) {
    outcomes.push({
      kind: 'error',
      error: ERR.lookedIntoLaser,
      ref: `laser-${at.seq}`,
      detail: { port: portName(port) },
      ...at,
    })
    return { state: next, outcomes }
  }
  const subscriberDone =
    state.cord?.ends.a === state.setup.route.dist || state.cord?.ends.b === state.setup.route.dist
  if (port === state.setup.route.dist && !subscriberDone)
    outcomes.push({ kind: 'step', step: STEP.check, ...at })
  return { state: next, outcomes }
}

function uncap(state: PmState, port: PortId, at: At): Result {
  if (state.uncapped.includes(port)) return rejected(state, at, 'cap-off')
  if (occupant(state, port)) return rejected(state, at, 'port-occupied')
  return { state: { ...state, uncapped: [...state.uncapped, port], touched: true }, outcomes: [] }
}

function cap(state: PmState, port: PortId, at: At): Result {
  if (!state.uncapped.includes(port)) return rejected(state, at, 'cap-on')
  if (occupant(state, port)) return rejected(state, at, 'port-occupied')
  return { state: { ...state, uncapped: state.uncapped.filter((p) => p !== port) }, outcomes: [] }
}

function takeCord(state: PmState, id: string, at: At): Result {
  const spec = state.setup.cords.find((c) => c.id === id)
  if (!spec) return rejected(state, at, 'unknown-target', { target: id })
  const held = state.cord
  if (held && (held.ends.a || held.ends.b)) return rejected(state, at, 'cord-in-use')
  if (held?.id === id) return rejected(state, at, 'cord-held')
  // An unplugged cord in hand goes back on its hook first.
  const cord: OwnCord = {
    id,
    lengthMm: spec.lengthM * 1000,
    polish: spec.polish,
    ends: { a: null, b: null },
    latched: { a: false, b: false },
    via: null,
    routeMm: null,
    inGuides: false,
    slackStored: false,
    labels: { a: null, b: null },
  }
  return { state: { ...state, cord }, outcomes: [] }
}

/** The cord's steps for the end plugged into `port`. */
function plugSteps(state: PmState, port: PortId): string | null {
  if (port === state.setup.route.op) return STEP.plugOperator
  if (port === state.setup.route.dist) return STEP.plugSubscriber
  return null
}

function plug(state: PmState, port: PortId, pushMm: number, at: At): Result {
  const cord = state.cord
  if (!cord) return rejected(state, at, 'no-cord')
  const here = occupant(state, port)
  // Pushing again on an own plug that did not click.
  if (here?.kind === 'own') return pushHome(state, here.end, pushMm, at)
  if (here) return rejected(state, at, 'port-occupied')
  if (!state.uncapped.includes(port)) return rejected(state, at, 'cap-on')
  const end: End | null = cord.ends.a === null ? 'a' : cord.ends.b === null ? 'b' : null
  if (!end) return rejected(state, at, 'cord-both-plugged')
  const outcomes: Outcome[] = []
  let ends = { ...cord.ends, [end]: port }
  let next: PmState = { ...state, touched: true }
  let routeMm: number | null = null
  let inGuides = false
  if (end === 'b') {
    const via = cord.via ?? []
    const need = neededMm(state.setup, cord.ends.a!, via, port)
    if (need.lengthMm > cord.lengthMm) {
      return rejected(state, at, 'cord-too-short', {
        missingCm: Math.ceil((need.lengthMm - cord.lengthMm) / 10),
        cordM: cord.lengthMm / 1000,
      })
    }
    routeMm = need.lengthMm
    inGuides = need.inGuides
  } else {
    ends = { a: port, b: null }
  }
  const latched = pushMm >= state.setup.latchMm
  const placed: OwnCord = {
    ...cord,
    ends,
    latched: { ...cord.latched, [end]: latched },
    ...(end === 'b' ? { routeMm, inGuides } : { via: null, routeMm: null, inGuides: false }),
  }
  next = { ...next, cord: placed }
  next = judgePort(next, outcomes, at, end, port)
  if (!latched)
    next = raise(next, outcomes, at, ERR.notLatched, `latch-${port}`, {
      port: portName(port),
      pushMm: round(pushMm, 1),
    })
  if (cord.polish !== 'apc') {
    next = raise(next, outcomes, at, ERR.mismatch, `mismatch-${port}`, { port: portName(port) })
    outcomes.push({
      kind: 'consequence',
      key: `mismatch-${port}`,
      value: state.setup.mismatchLossDb,
      unit: 'dB',
      ...at,
    })
  }
  if (end === 'b') next = judgeRoute(next, outcomes, at)
  if (latched) outcomes.push(...plugged(next, port, at))
  return { state: next, outcomes }
}

/**
 * Steps of a plug that clicked: the route's once both ends are in (its length and the cord chosen for it
 * are known only then), and the port's own.
 */
function plugged(state: PmState, port: PortId, at: At): Outcome[] {
  const cord = state.cord!
  const outcomes: Outcome[] = []
  if (cord.ends.a && cord.ends.b && cord.latched.a && cord.latched.b)
    patchStep(state, outcomes, routeStep(state, at))
  const step = plugSteps(state, port)
  if (step) patchStep(state, outcomes, { kind: 'step', step, ...at })
  return outcomes
}

/**
 * Records a step of the patch (or its undoing). In the trap the job is to report, not to patch: what the
 * trainee patches there is no step of it (its mistakes are still raised).
 */
function patchStep(state: PmState, outcomes: Outcome[], outcome: Outcome): void {
  if (!routeTaken(state)) outcomes.push(outcome)
}

function pushHome(state: PmState, end: End, pushMm: number, at: At): Result {
  const cord = state.cord!
  if (cord.latched[end]) return rejected(state, at, 'plug-latched')
  if (pushMm < state.setup.latchMm) return rejected(state, at, 'plug-not-home')
  const outcomes: Outcome[] = []
  let next: PmState = { ...state, cord: { ...cord, latched: { ...cord.latched, [end]: true } } }
  next = resolve(next, outcomes, at, `latch-${cord.ends[end]}`)
  outcomes.push(...plugged(next, cord.ends[end]!, at))
  return { state: next, outcomes }
}

/** RC-04-05: how much longer than the guides' shortest route the trainee led the cord, and the cord's excess. */
function routeStep(state: PmState, at: At): Outcome {
  const cord = state.cord!
  const { setup } = state
  const shortest = neededMm(
    setup,
    cord.ends.a!,
    guideRoute(cord.ends.a!, cord.ends.b!),
    cord.ends.b!,
  ).lengthMm
  const right = rightCord(setup)
  return {
    kind: 'step',
    step: STEP.route,
    measured: {
      detourMm: round(Math.max(0, (cord.routeMm ?? shortest) - shortest)),
      // A cord shorter than the right one only reaches outside the guides, which PM-E05 already charges.
      extraM: round(right ? Math.max(0, cord.lengthMm / 1000 - right.lengthM) : 0, 1),
    },
    ...at,
  }
}

/** Whether the end went where the OT says; an off-by-one is named as such. */
function judgePort(state: PmState, outcomes: Outcome[], at: At, end: End, port: PortId): PmState {
  const { route } = state.setup
  const side = parsePort(port)!.side
  const expected = side === 'op' ? route.op : route.dist
  const ref = `port-${side}`
  if (port === expected) return resolve(state, outcomes, at, ref)
  const p = parsePort(port)!
  const e = parsePort(expected)!
  const offByOne = p.drawer === e.drawer && Math.abs(p.port - e.port) === 1 ? 1 : 0
  return raise(state, outcomes, at, ERR.wrongPort, ref, {
    port: portName(port),
    expected: portName(expected),
    offByOne,
    end,
  })
}

function judgeRoute(state: PmState, outcomes: Outcome[], at: At): PmState {
  const cord = state.cord!
  let next = state
  if (cord.inGuides) next = resolve(next, outcomes, at, 'guides')
  else next = raise(next, outcomes, at, ERR.outsideGuides, 'guides')
  const lengthM = cord.lengthMm / 1000
  if (lengthM > state.setup.maxCordM)
    next = raise(next, outcomes, at, ERR.longCord, 'long-cord', { lengthM, maxM: state.setup.maxCordM })
  else next = resolve(next, outcomes, at, 'long-cord')
  return next
}

function unplug(state: PmState, port: PortId, at: At): Result {
  const here = occupant(state, port)
  if (!here) return rejected(state, at, 'port-empty')
  const outcomes: Outcome[] = []
  if (here.kind === 'other') {
    // "Écrasement": another subscriber loses service the moment their cord comes out.
    const other = state.others[here.index]!
    const others = state.others.map((o, i) => (i === here.index ? { ...o, unplugged: true } : o))
    outcomes.push({
      kind: 'error',
      error: ERR.overwrite,
      ref: `overwrite-${here.index}`,
      detail: { port: portName(port), ptoRef: other.ptoRef },
      ...at,
    })
    return { state: { ...state, others, touched: true }, outcomes }
  }
  const cord = state.cord!
  const step = plugSteps(state, port)
  if (step && cord.latched[here.end]) patchStep(state, outcomes, { kind: 'undo', step, ...at })
  if (cord.ends.a && cord.ends.b && cord.latched.a && cord.latched.b)
    patchStep(state, outcomes, { kind: 'undo', step: STEP.route, ...at })
  // What stays plugged becomes end a; the cord comes out of the guides and the storage.
  const remaining = here.end === 'a' ? cord.ends.b : cord.ends.a
  const remainingLatched = here.end === 'a' ? cord.latched.b : cord.latched.a
  const remainingLabel = here.end === 'a' ? cord.labels.b : cord.labels.a
  const movedLabel = here.end === 'a' ? cord.labels.a : cord.labels.b
  let next: PmState = {
    ...state,
    cord: {
      ...cord,
      ends: { a: remaining, b: null },
      latched: { a: remaining ? remainingLatched : false, b: false },
      labels: { a: remaining ? remainingLabel : movedLabel, b: remaining ? movedLabel : remainingLabel },
      via: null,
      routeMm: null,
      inGuides: false,
      slackStored: false,
    },
  }
  if (cord.slackStored) patchStep(state, outcomes, { kind: 'undo', step: STEP.slack, ...at })
  next = resolve(next, outcomes, at, `latch-${port}`)
  next = resolve(next, outcomes, at, `mismatch-${port}`)
  return { state: next, outcomes }
}

function route(state: PmState, encoded: string, at: At): Result {
  const cord = state.cord
  if (!cord || !cord.ends.a) return rejected(state, at, 'cord-not-plugged')
  if (cord.ends.b) return rejected(state, at, 'cord-both-plugged')
  const via = encoded
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return { state: { ...state, cord: { ...cord, via } }, outcomes: [] }
}

function storeSlack(state: PmState, at: At): Result {
  const cord = state.cord
  if (!cord || !cord.ends.a || !cord.ends.b) return rejected(state, at, 'cord-not-plugged')
  if (cord.slackStored) return rejected(state, at, 'slack-stored')
  const outcomes: Outcome[] = []
  let next: PmState = { ...state, cord: { ...cord, slackStored: true } }
  const excess = excessMm(cord)
  if (excess > state.setup.slackCapacityMm) {
    // The storage takes what it can; the rest hangs in loops in front of the drawers.
    next = raise(next, outcomes, at, ERR.slackLoose, 'slack', {
      excessMm: round(excess),
      capacityMm: state.setup.slackCapacityMm,
      reason: 'overflow',
    })
  } else {
    next = resolve(next, outcomes, at, 'slack')
  }
  patchStep(state, outcomes, { kind: 'step', step: STEP.slack, measured: { excessMm: round(excess) }, ...at })
  return { state: next, outcomes }
}

function printLabel(state: PmState, typed: string, at: At): Result {
  const text = printedText(typed)
  if (!text) return rejected(state, at, 'label-empty')
  const printed = [...state.printed, { id: `L${state.printed.length + 1}`, text, used: false }]
  const outcomes: Outcome[] = []
  if (text === expectedLabel(state)) patchStep(state, outcomes, { kind: 'step', step: STEP.print, ...at })
  return { state: { ...state, printed }, outcomes }
}

function attachLabel(state: PmState, endId: string, labelId: string, distanceMm: number, at: At): Result {
  const cord = state.cord
  const end: End | null = endId === 'end-a' ? 'a' : endId === 'end-b' ? 'b' : null
  if (!end || !cord) return rejected(state, at, 'unknown-target', { target: endId })
  const port = cord.ends[end]
  if (!port) return rejected(state, at, 'end-not-plugged')
  const label = state.printed.find((l) => l.id === labelId && !l.used)
  if (!label) return rejected(state, at, 'no-label')
  if (!(distanceMm >= 0 && distanceMm <= 600)) return rejected(state, at, 'label-off-cord')
  const distance = round(distanceMm)
  const outcomes: Outcome[] = []
  let next: PmState = {
    ...state,
    printed: state.printed.map((l) => (l === label ? { ...l, used: true } : l)),
    cord: { ...cord, labels: { ...cord.labels, [end]: { text: label.text, distanceMm: distance } } },
  }
  const side = parsePort(port)!.side
  const ref = `label-${side}`
  next = resolve(next, outcomes, at, ref)
  next = resolve(next, outcomes, at, `boot-${side}`)
  if (label.text !== expectedLabel(state))
    next = raise(next, outcomes, at, ERR.wrongLabel, ref, {
      text: label.text,
      expected: expectedLabel(state),
    })
  if (labelPlacement(distance, state.setup.label) === 'on-boot')
    next = raise(next, outcomes, at, ERR.labelOnBoot, `boot-${side}`, { distanceMm: distance })
  patchStep(state, outcomes, {
    kind: 'step',
    step: side === 'op' ? STEP.labelOperator : STEP.labelSubscriber,
    measured: { distanceMm: distance },
    ...at,
  })
  return { state: next, outcomes }
}

function report(state: PmState, at: At): Result {
  if (state.reported) return rejected(state, at, 'already-reported')
  const outcomes: Outcome[] = []
  let next: PmState = { ...state, reported: true }
  const taken = state.others.some((o) => !o.unplugged && o.dist === state.setup.route.dist)
  if (routeTaken(state) && taken) outcomes.push({ kind: 'step', step: STEP.report, ...at })
  else next = raise(next, outcomes, at, ERR.falseReport, 'report')
  return { state: next, outcomes }
}

/**
 * Leaving the cabinet: open or unlocked is a breach for everyone it serves; a cord on the wrong port
 * gives service to the wrong customer; loose slack, a cord plugged at one end, open ports are left to
 * the next technician.
 */
function finish(state: PmState, at: At): Result {
  const outcomes: Outcome[] = []
  let next = state
  if (state.door === 'open') next = raise(next, outcomes, at, ERR.doorOpen, 'door')
  else if (state.door === 'closed') next = raise(next, outcomes, at, ERR.doorUnlocked, 'door')
  const cord = state.cord
  if (cord && (cord.ends.a || cord.ends.b)) {
    for (const end of ['a', 'b'] as const) {
      const port = cord.ends[end]
      if (port && state.open[`port-${parsePort(port)!.side}`] === ERR.wrongPort)
        next = raise(next, outcomes, at, ERR.wrongCustomer, `customer-${end}`, { port: portName(port) })
    }
    if (!cord.ends.a || !cord.ends.b)
      next = raise(next, outcomes, at, ERR.dangling, 'dangling', {
        port: portName((cord.ends.a ?? cord.ends.b)!),
      })
    else if (!cord.slackStored)
      next = raise(next, outcomes, at, ERR.slackLoose, 'slack', {
        excessMm: round(excessMm(cord)),
        reason: 'not-stored',
      })
  }
  const open = state.uncapped.filter((p) => !occupant(state, p))
  if (open.length > 0)
    next = raise(next, outcomes, at, ERR.capOff, 'caps', { ports: open.map(portName).join(', ') })
  outcomes.push({ kind: 'finished', ...at })
  return { state: { ...next, finished: true }, outcomes }
}

export const pmCabinetModel: SceneModel<PmState> = {
  scene: 'pm-cabinet',
  version: PM_MODEL_VERSION,
  init,
  apply,
}
