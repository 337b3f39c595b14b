/**
 * Where things are now, from the state: the ports' mouths (drawers in or out), the cords' paths through
 * the guides or hanging in loops, the slack, and the points the pointer, the keyboard, the hint arrow
 * and the end-to-end tests aim at. Pure.
 */
import { DRAWER, STORAGE, drawerY, guideAt, guideRoute, parsePort, portAt } from './layout.ts'
import type { DrawerId, GuideId, PortId } from './layout.ts'
import { excessMm, portName } from './rules.ts'
import type { OtherCord, OwnCord, PmState } from './model.ts'

export type Point3 = [number, number, number]

/** The guides' depth: the finger guides and the column's rings hold the cords here. */
export const GUIDE_Z = -25
/** From a port's mouth to where its plug's boot ends (Connectors.tsx draws the plug to this length). */
export const PLUG_REACH_MM = 36
/** How far a pulled drawer's cords hang below their ports before turning back to the guide, mm. */
const PULLED_LOOP_MM = 110
/** A port's mouth stands this far in front of its drawer's plate (the adapter is proud of it). */
export const MOUTH_PROUD_MM = 9

export const pulledMm = (state: Pick<PmState, 'pulled'>, drawer: DrawerId): number =>
  state.pulled[drawer] ? DRAWER.travelMm : 0

export function mouth(state: Pick<PmState, 'pulled'>, port: PortId): Point3 {
  const { x, y } = portAt(port)
  const drawer = parsePort(port)!.drawer
  return [x, y, DRAWER.frontZ + pulledMm(state, drawer) + MOUTH_PROUD_MM]
}

const onGuide = (id: GuideId): Point3 => {
  const p = guideAt(id)!
  return [p.x, p.y, GUIDE_Z]
}

/**
 * From a plugged port: out of the boot, then down into its drawer's finger guide. A pulled drawer's
 * cords hang in a loop in front of it first (the slack that lets a drawer slide out): that is where a
 * flag label sits and is read.
 */
function leave(state: Pick<PmState, 'pulled'>, port: PortId): Point3[] {
  const [x, y, z] = mouth(state, port)
  const guideY = drawerY(parsePort(port)!.row) - DRAWER.guideDropMm
  const bootZ = z + PLUG_REACH_MM
  if (!state.pulled[parsePort(port)!.drawer])
    return [
      [x, y, z],
      [x, y, bootZ],
      [x, guideY, Math.max(GUIDE_Z, bootZ - 30)],
      [x, guideY, GUIDE_Z],
    ]
  return [
    [x, y, z],
    [x, y, bootZ],
    [x, y - PULLED_LOOP_MM, bootZ + 5],
    [x, guideY - 30, (bootZ + GUIDE_Z) / 2],
    [x, guideY, GUIDE_Z],
  ]
}

/** A cord led from port `a` through the guides `via` to port `b` (or to a free point). */
export function cordPath(
  state: Pick<PmState, 'pulled'>,
  a: PortId,
  via: readonly GuideId[],
  b: PortId | Point3,
): Point3[] {
  const start = leave(state, a)
  const middle = via.map(onGuide)
  const end = typeof b === 'string' ? leave(state, b).reverse() : [b]
  return [...start, ...middle, ...end]
}

/** A cord thrown straight across, as the "plat de nouilles" has them: out, sagging in front, in. */
function sagging(state: Pick<PmState, 'pulled'>, a: PortId, b: PortId, sagMm: number): Point3[] {
  const [ax, ay, az] = mouth(state, a)
  const [bx, by, bz] = mouth(state, b)
  const low = Math.min(ay, by) - sagMm
  return [
    [ax, ay, az],
    [ax, ay, az + PLUG_REACH_MM],
    [ax + (bx - ax) * 0.3, low, Math.max(az, bz) + 90],
    [ax + (bx - ax) * 0.7, low + sagMm * 0.3, Math.max(az, bz) + 70],
    [bx, by, bz + PLUG_REACH_MM],
    [bx, by, bz],
  ]
}

/** The other subscribers' cords: in the guides in a tidy cabinet, thrown across in a messy one. */
export function otherPaths(state: PmState): Point3[][] {
  return state.others.map((o, i) => otherPath(state, o, i))
}

function otherPath(state: PmState, o: OtherCord, index: number): Point3[] {
  if (o.unplugged) {
    // Pulled out: the plug hangs from the guide under the subscriber's drawer.
    const hang = leave(state, o.dist).slice(2)
    const [x, y] = [hang[1]![0], hang[1]![1]]
    return [
      ...cordPath(state, o.op, guideRoute(o.op, o.dist), o.dist).slice(0, -3),
      [x, y - 160, GUIDE_Z + 40],
    ]
  }
  if (state.setup.start === 'messy' && index % 3 !== 2)
    return sagging(state, o.op, o.dist, 120 + (index % 4) * 70)
  return cordPath(state, o.op, guideRoute(o.op, o.dist), o.dist)
}

/** The trainee's cord between its two plugged ends, as led. */
export function ownPath(state: PmState, cord: OwnCord): Point3[] | null {
  const { a, b } = cord.ends
  if (!a) return null
  if (!b) {
    // Plugged at one end: the rest hangs down in front of the drawers.
    const [x, y, z] = mouth(state, a)
    return [...leave(state, a).slice(0, 2), [x, y - 250, z + 60], [x + 30, y - 420, z + 40]]
  }
  const via = cord.via && cord.via.length > 0 ? cord.via : null
  if (!via || !cord.inGuides) {
    return [
      ...leave(state, a).slice(0, 2),
      [(portAt(a).x + portAt(b).x) / 2, Math.min(portAt(a).y, portAt(b).y) - 200, 140],
      ...leave(state, b).slice(0, 2).reverse(),
    ]
  }
  return cordPath(state, a, via, b)
}

/**
 * The excess: stored, a loop round the storage's spools; not stored, a loop hanging from the column
 * under the lower drawer, as long as the excess.
 */
export function slackPath(state: PmState, cord: OwnCord): Point3[] | null {
  const excess = excessMm(cord)
  if (!cord.ends.a || !cord.ends.b || excess < 20) return null
  const low = Math.min(portAt(cord.ends.a).y, portAt(cord.ends.b).y) - DRAWER.guideDropMm
  if (cord.slackStored) {
    const { x, y } = STORAGE.centre
    const r = STORAGE.spoolRadiusMm + 4
    const dx = STORAGE.spoolGapMm / 2
    return [
      [x - 6, low, GUIDE_Z],
      [x - 6, y + r, -60],
      [x - dx, y + r, -60],
      [x - dx - r, y, -60],
      [x - dx, y - r, -60],
      [x + dx, y - r, -60],
      [x + dx + r, y, -60],
      [x + dx, y + r, -60],
      [x + 6, y + r, -60],
      [x + 6, low, GUIDE_Z],
    ]
  }
  const drop = Math.min(excess / 2, 700)
  return [
    [-6, low, GUIDE_Z],
    [-20, low - drop, 60],
    [30, low - drop - 30, 80],
    [6, low, GUIDE_Z + 10],
  ]
}

/** Where the loose slack loop can be grabbed: its lowest point. */
export function slackGrip(state: PmState, cord: OwnCord): Point3 | null {
  const path = slackPath(state, cord)
  if (!path || cord.slackStored) return null
  return path[2]!
}

/**
 * Where a label goes on the cord's end `end`: measured from the connector (the mouth plus the plug's
 * reach), along the cord. The path from that end, starting at the boot.
 */
export function endPath(state: PmState, cord: OwnCord, end: 'a' | 'b'): Point3[] | null {
  const path = ownPath(state, cord)
  if (!path || !cord.ends[end]) return null
  const fromEnd = end === 'a' ? path : [...path].reverse()
  return fromEnd.slice(1)
}

/** What the eyes read on a port up close: its number, and whom it serves or that it shines. */
export function lookReading(state: PmState, port: PortId): { key: string; values: Record<string, string> } {
  const other = state.others.find((o) => !o.unplugged && (o.op === port || o.dist === port))
  const cord = state.cord
  const own = cord !== null && (cord.ends.a === port || cord.ends.b === port)
  const lit = parsePort(port)!.side === 'op' && state.uncapped.includes(port)
  const key = other
    ? 'pm.live.portTaken'
    : own
      ? 'pm.live.portOwn'
      : lit
        ? 'pm.live.portLit'
        : 'pm.live.portFree'
  return { key, values: { port: portName(port), ref: other?.ptoRef ?? '' } }
}
