/**
 * The line a fibre follows from its tube on the bench to the end of its coating, sampled into a reused
 * buffer; the bare glass beyond the coating edge is straight, along x, toward the splicer. Pure.
 */
import { FIBRE_LINE_Y, FIBRE_ON_MAT_Y, FIBRE_ORIGIN, HEATER_Y, SPLICER } from './layout.ts'
import type { Side } from './layout.ts'
import { JOINED_Z, TOWARD_CENTRE } from './places.ts'
import type { FibreLie } from './places.ts'

export const SPLICE_PATH_POINTS = 32
const ON_MAT_Y = FIBRE_ON_MAT_Y
/** The last stretch before the coating edge is straight, so the bare glass continues in line. */
const STRAIGHT_MM = 30

export function newSplicePath(): Float32Array {
  return new Float32Array(SPLICE_PATH_POINTS * 3)
}

/** End of the coating (x, y, z) for a fibre lying as `lie` with `bareMm` of bare glass at its end. */
export function coatingEdge(side: Side, lie: FibreLie, bareMm: number): [number, number, number] {
  const back = TOWARD_CENTRE[side] * bareMm
  switch (lie.where) {
    case 'rest':
      return [lie.tip.x - back, ON_MAT_Y, lie.tip.z]
    case 'splicer':
      return [lie.tip.x - back, FIBRE_LINE_Y, lie.tip.z]
    case 'joined':
      return [-back, ON_MAT_Y + 4, JOINED_Z]
    case 'heater':
      return [-back, HEATER_Y, SPLICER.heater.z]
  }
}

function cubic(a: number, b: number, c: number, d: number, t: number): number {
  const s = 1 - t
  return s * s * s * a + 3 * s * s * t * b + 3 * s * t * t * c + t * t * t * d
}

/** Fills `out`: from the tube on the bench, a relaxed curve, then straight into the coating edge. */
export function writeSplicePath(
  out: Float32Array,
  side: Side,
  edge: readonly [number, number, number],
): void {
  const origin = FIBRE_ORIGIN[side]
  const dir = TOWARD_CENTRE[side]
  const p0 = [origin.x, ON_MAT_Y, origin.z] as const
  const p3 = [edge[0] - dir * STRAIGHT_MM, edge[1], edge[2]] as const
  const p1 = [origin.x + dir * 60, ON_MAT_Y, origin.z] as const
  const p2 = [p3[0] - dir * 60, p3[1], p3[2]] as const
  const curved = SPLICE_PATH_POINTS - 6
  for (let i = 0; i < curved; i++) {
    const t = i / (curved - 1)
    out[i * 3] = cubic(p0[0], p1[0], p2[0], p3[0], t)
    out[i * 3 + 1] = cubic(p0[1], p1[1], p2[1], p3[1], t)
    out[i * 3 + 2] = cubic(p0[2], p1[2], p2[2], p3[2], t)
  }
  for (let i = curved; i < SPLICE_PATH_POINTS; i++) {
    const t = (i - curved + 1) / (SPLICE_PATH_POINTS - curved)
    out[i * 3] = p3[0] + (edge[0] - p3[0]) * t
    out[i * 3 + 1] = p3[1] + (edge[1] - p3[1]) * t
    out[i * 3 + 2] = p3[2] + (edge[2] - p3[2]) * t
  }
}
