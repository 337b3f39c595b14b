/**
 * Where the fibres and their ends are for a given state, and how a release point on the bench turns
 * into a measured gesture parameter (strip length, seating offset, tip distance, sleeve offset). Pure:
 * the View uses it to draw and hit-test, the keyboard overlay to aim, the tests to check the rules.
 */
import { CLEAVER, FIBRE_LINE_Y, FIBRE_ON_MAT_Y, HEATER_Y, SPLICE_POINT, SPLICER } from './layout.ts'
import type { PointMm, Side } from './layout.ts'
import { CLEAVE_MARGIN_MM } from './model.ts'
import type { SplicingState } from './model.ts'

/** +1 when a side's fibre points to +x (the left fibre runs rightward toward the splicer). */
export const TOWARD_CENTRE: Record<Side, 1 | -1> = { L: 1, R: -1 }

/** Where a free fibre end lies on the mat, in front of the splicer, ready to be worked on. */
export const REST_TIP: Record<Side, PointMm> = { L: { x: -120, z: -10 }, R: { x: 120, z: -10 } }

/** The joined fibre lies along this line after the proof test, for the sleeve and the heater. */
export const JOINED_Z = 30

export type FibreLie =
  | { where: 'rest'; tip: PointMm }
  | { where: 'splicer'; tip: PointMm }
  | { where: 'joined'; z: number }
  | { where: 'heater' }

/** Where each fibre is drawn for this state. */
export function fibreLie(state: SplicingState, side: Side): FibreLie {
  const end = state.ends[side]
  const sleeve = state.sleeve
  if (state.splice?.proofTested)
    return sleeve?.heatStartMs !== null && sleeve && !sleeve.done
      ? { where: 'heater' }
      : { where: 'joined', z: JOINED_Z }
  if (state.splice || end.loaded) {
    const tipMm = state.splice ? 0 : (end.tipMm ?? 0)
    return { where: 'splicer', tip: { x: SPLICE_POINT.x - TOWARD_CENTRE[side] * tipMm, z: SPLICE_POINT.z } }
  }
  return { where: 'rest', tip: REST_TIP[side] }
}

/** Distance along a resting fibre from its tip, mm (positive toward the fibre's origin). */
export function distanceFromTipMm(side: Side, point: PointMm): number {
  return (REST_TIP[side].x - point.x) * TOWARD_CENTRE[side]
}

/** Distance of a point from a resting fibre's axis, mm. */
export function offAxisMm(side: Side, point: PointMm): number {
  return Math.abs(point.z - REST_TIP[side].z)
}

/** The nearest resting fibre to a point, if the point is within `reachMm` of its line. */
export function nearestRestingFibre(state: SplicingState, point: PointMm, reachMm = 20): Side | null {
  let best: { side: Side; distance: number } | null = null
  for (const side of ['L', 'R'] as const) {
    if (fibreLie(state, side).where !== 'rest') continue
    const along = distanceFromTipMm(side, point)
    const across = offAxisMm(side, point)
    if (along < -10 || along > 200 || across > reachMm) continue
    if (!best || across < best.distance) best = { side, distance: across }
  }
  return best?.side ?? null
}

/** The cleaver's fibre guide runs along x at its centre; the scale's zero is the blade. */
export const CLEAVER_GUIDE = { bladeX: CLEAVER.at.x + CLEAVER.widthMm / 2 - 12, z: CLEAVER.at.z }

/**
 * Seating in the cleaver: the trainee lays the fibre's coating edge on the scale, its glass across the
 * blade; the cleave length is the distance from the coating edge to the blade, along the fibre. A fibre
 * comes in from its own side of the bench, so the right fibre's coating edge lies right of the blade.
 */
export function seatingFromRelease(side: Side, cleaveLengthMm: number, releaseX: number, releaseZ: number) {
  const lengthMm = (CLEAVER_GUIDE.bladeX - releaseX) * TOWARD_CENTRE[side]
  // A fibre laid across the guide, not along it, is seated crooked: ≈ 1° of tilt per mm off the line [I].
  const tiltDeg = Math.min(10, Math.abs(releaseZ - CLEAVER_GUIDE.z))
  return {
    seatOffsetMm: Math.round((lengthMm - cleaveLengthMm) * 10) / 10,
    tiltDeg: Math.round(tiltDeg * 10) / 10,
  }
}

/** Where a fibre's coating edge must be let go for a given cleave length. */
export function seatX(side: Side, cleaveLengthMm: number): number {
  return CLEAVER_GUIDE.bladeX - TOWARD_CENTRE[side] * cleaveLengthMm
}

/**
 * What pushing the blade does to a seated end: a cleave when it is freshly stripped with room for the
 * cleave length; otherwise (already cleaved, refused by the splicer, or stripped too short) it cuts the
 * end back to the coating, the start of a new preparation.
 */
export function bladeGesture(state: SplicingState, side: Side): 'cleave' | 'cut-end' {
  const end = state.ends[side]
  const room = end.bareMm >= state.setup.cleaveLengthMm + CLEAVE_MARGIN_MM
  return end.phase === 'stripped' && !end.refused && room ? 'cleave' : 'cut-end'
}

/** Loading in the V-groove: the end face's distance from the electrode axis, on the fibre's own side. */
export function tipFromRelease(side: Side, releaseX: number): number {
  return Math.round((SPLICE_POINT.x - releaseX) * TOWARD_CENTRE[side] * 10) / 10
}

/** The V-groove zone of each side, where a fibre end can be let go to load it. */
export function overVGroove(side: Side, point: PointMm): boolean {
  const tip = tipFromRelease(side, point.x)
  return tip > -3 && tip < SPLICER.vGrooveMm + 6 && Math.abs(point.z - SPLICE_POINT.z) < 14
}

/** The sleeve's offset from the splice point, along the joined fibre. */
export function sleeveOffsetFromRelease(releaseX: number): number {
  return Math.round((releaseX - SPLICE_POINT.x) * 10) / 10
}

/** The clamped stripper's jaws, `atMm` from a resting fibre's tip (x, y, z). */
export function stripperOnFibre(side: Side, atMm: number): [number, number, number] {
  const tip = REST_TIP[side]
  return [tip.x - TOWARD_CENTRE[side] * atMm, FIBRE_ON_MAT_Y, tip.z]
}

/** Where a side's cleave scraps fall, beside the cleaver, until they are put in the bin. */
export function scrapSpot(side: Side): PointMm {
  return { x: CLEAVER.at.x + CLEAVER.widthMm / 2 + 22, z: CLEAVER.at.z + (side === 'L' ? -14 : 14) }
}

/** Where a threaded sleeve waits on the joined fibre, beside the splice, before it is slid over it. */
export function parkedSleeveX(side: Side): number {
  return SPLICE_POINT.x - TOWARD_CENTRE[side] * 80
}

/** Where the threaded sleeve is drawn: on its fibre, on the joined fibre, or in the heater. */
export function sleevePose(state: SplicingState): { x: number; y: number; z: number } | null {
  const sleeve = state.sleeve
  if (!sleeve) return null
  if (sleeve.heatStartMs !== null && !sleeve.done)
    return { x: SPLICE_POINT.x, y: HEATER_Y, z: SPLICER.heater.z }
  if (state.splice?.proofTested) {
    return {
      x: sleeve.centred ? SPLICE_POINT.x : parkedSleeveX(sleeve.side),
      y: FIBRE_ON_MAT_Y + 4,
      z: JOINED_Z,
    }
  }
  const dir = TOWARD_CENTRE[sleeve.side]
  if (state.splice || state.ends[sleeve.side].loaded) {
    return { x: SPLICE_POINT.x - dir * (SPLICER.clampOffsetMm + 45), y: FIBRE_LINE_Y, z: SPLICE_POINT.z }
  }
  return { x: REST_TIP[sleeve.side].x - dir * 75, y: FIBRE_ON_MAT_Y, z: REST_TIP[sleeve.side].z }
}
