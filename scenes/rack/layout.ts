/**
 * The datacenter rack and what stands around it, in millimetres (the scene's 3D unit): x to the right
 * seen from the cold aisle, y up from the raised floor, z toward the technician standing in the cold
 * aisle; the rack's centre is x = 0, z = 0. Pure geometry shared by the model (which hole is where, how
 * far a hole is from the one the plan asks for), the View, the keyboard overlay and the tests.
 *
 * EIA-310 (docs/DOMAIN.md, docs/reference/domain-procedures.md §7a): 1U = 44.45 mm; the holes of a U
 * sit 6.35, 22.225 and 38.1 mm above its bottom edge, so the pitch runs 15.875 / 15.875 / 12.7 mm; the
 * holes' centres are 465.1 mm apart across a 19" (482.6 mm) panel; the opening between the rails is
 * ≈ 450 mm. Square 9.5 mm holes take cage nuts.
 */
export type RailId = 'fl' | 'fr' | 'rl' | 'rr'
export type Side = 'left' | 'right'
export type HolePos = 1 | 2 | 3
/** A hole of a rail: `fl:10.1` is the front-left rail, U10, bottom hole. */
export type HoleId = `${RailId}:${number}.${HolePos}`

export const U_MM = 44.45
/** Hole centres above a U's bottom edge (EIA-310). */
export const HOLE_OFFSETS_MM: Record<HolePos, number> = { 1: 6.35, 2: 22.225, 3: 38.1 }
export const SQUARE_HOLE_MM = 9.5

export const RACK = {
  units: 42,
  /** Bottom edge of U1 above the floor (plinth, levelling feet up). */
  u1BottomY: 150,
  widthMm: 600,
  depthMm: 1000,
  heightMm: 2050,
  /** Centres of the holes from the rack's centre line (465.1 mm apart). */
  holeX: 232.55,
  /** The rails' flanges: from the opening's edge outward. */
  railInnerX: 225,
  railOuterX: 252,
  /** Mounting planes of the front and rear rails. */
  frontRailZ: 380,
  rearRailZ: -370,
  /** Front and rear faces of the frame (doors removed for the work). */
  frontZ: 500,
  rearZ: -500,
}

export const RAIL_Z: Record<RailId, number> = {
  fl: RACK.frontRailZ,
  fr: RACK.frontRailZ,
  rl: RACK.rearRailZ,
  rr: RACK.rearRailZ,
}
export const RAIL_SIDE: Record<RailId, Side> = { fl: 'left', fr: 'right', rl: 'left', rr: 'right' }
export const RAILS: RailId[] = ['fl', 'fr', 'rl', 'rr']

/** Height of the bottom edge of U `u` above the floor. */
export const uBottomY = (u: number): number => RACK.u1BottomY + (u - 1) * U_MM

/** Height of a hole's centre: U `u`, position 1 (bottom) to 3 (top). */
export const holeY = (u: number, pos: HolePos): number => uBottomY(u) + HOLE_OFFSETS_MM[pos]

/** Index of a hole counted from U1's bottom hole (0): three per U. */
export const holeIndex = (u: number, pos: HolePos): number => (u - 1) * 3 + (pos - 1)

export function holeId(rail: RailId, u: number, pos: HolePos): HoleId {
  return `${rail}:${u}.${pos}`
}

export function parseHole(id: string): { rail: RailId; u: number; pos: HolePos } | null {
  const match = /^(fl|fr|rl|rr):(\d{1,2})\.([123])$/.exec(id)
  if (!match) return null
  const u = Number(match[2])
  if (u < 1 || u > RACK.units) return null
  return { rail: match[1] as RailId, u, pos: Number(match[3]) as HolePos }
}

/** Vertical distance between two holes' centres, mm (signed: positive when `a` is higher). */
export function holeOffsetMm(a: { u: number; pos: HolePos }, b: { u: number; pos: HolePos }): number {
  return holeY(a.u, a.pos) - holeY(b.u, b.pos)
}

/** The hole nearest a height, on any rail: what a cage nut or a rail pin dropped there snaps to. */
export function nearestHole(yMm: number): { u: number; pos: HolePos } {
  let best: { u: number; pos: HolePos } = { u: 1, pos: 1 }
  let bestOff = Infinity
  for (let u = 1; u <= RACK.units; u++)
    for (const pos of [1, 2, 3] as const) {
      const off = Math.abs(holeY(u, pos) - yMm)
      if (off < bestOff) {
        bestOff = off
        best = { u, pos }
      }
    }
  return best
}

/** The U whose span contains a height (clamped to the rack). */
export function uAt(yMm: number): number {
  return Math.min(RACK.units, Math.max(1, Math.floor((yMm - RACK.u1BottomY) / U_MM) + 1))
}

/**
 * Where a front-mounted device's ears are screwed: the bottom hole of its lowest U and the top hole of
 * its highest U, on both front rails (the EIA panel convention: a 1U ear's holes are 31.75 mm apart).
 */
export function earHoles(bottomU: number, heightU: number): HoleId[] {
  const topU = bottomU + heightU - 1
  return (['fl', 'fr'] as const).flatMap((rail) => [holeId(rail, bottomU, 1), holeId(rail, topU, 3)])
}

/** Slide rails hook into the middle hole of the device's lowest U, front and rear. */
export const RAIL_HOLE_POS: HolePos = 2

/**
 * The two vertical PDUs (0U) at the rear, left feed A, right feed B: 12 C13 outlets numbered from the
 * top, in the lower half of the rack where the servers are, so a 1.5 m cord reaches from any PSU.
 */
export const PDU = {
  outlets: 12,
  /** Centre line of each PDU's outlet column. */
  x: { A: -275, B: 275 },
  z: RACK.rearRailZ - 70,
  topOutletY: 1150,
  outletPitchMm: 60,
}
export type PduId = 'A' | 'B'
export const outletY = (outlet: number): number => PDU.topOutletY - (outlet - 1) * PDU.outletPitchMm

/** The rack's ESD jack: a 4 mm banana socket on the front-left post, at waist height. */
export const ESD_JACK = { x: -282, y: 1050, z: RACK.frontRailZ + 40 }

/** Levelling feet at the four corners, and the anti-tip stabiliser bolted under the front. */
export const FEET = { insetMm: 60, travelMm: 25 }
export const STABILISER = { depthMm: 300, widthMm: 560 }

/** The trolley the equipment arrives on, in the cold aisle to the technician's right of the rack. */
export const TROLLEY = { x: 880, z: 1050, topY: 760, widthMm: 800, depthMm: 600 }

/** Where the label printer lies on the trolley's top shelf, front-right corner. */
export const PRINTER_AT = { x: TROLLEY.x + 230, y: TROLLEY.topY, z: TROLLEY.z + 170 }

/** Cable managers: vertical finger ducts beside the front rails, and a lacing bar at the rear. */
export const MANAGER = { widthMm: 45, x: 275 }

/** Patch panel and device port geometry shared by the View and the cords. */
export const PANEL_PORTS = 24
export const SWITCH_PORTS = 24
export const SERVER_NICS = 4
