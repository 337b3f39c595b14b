/**
 * The line a fibre follows from the tube mouth to its free end, sampled into a reusable buffer:
 * a smooth curve out of the tube, then straight along the groove when the fibre is laid in a slot.
 * Pure arithmetic, no allocation: it runs on every pointer move while a fibre is dragged.
 */
import { slotCentre, MAT, WORK_HEIGHT_MM } from './layout.ts'
import type { PointMm } from './layout.ts'

export const PATH_POINTS = 40
/** Height of a fibre's centre lying on the mat (mat top plus the drawn fibre radius). */
const ON_MAT_Y = MAT.thicknessMm + 2
/** A held fibre end is lifted this high: the drag plane. */
export const HELD_Y = WORK_HEIGHT_MM + 10
/** Fibres lie at the bottom of the organiser grooves. */
const IN_GROOVE_Y = WORK_HEIGHT_MM - 2.5
/** Share of the samples spent on the straight stretch along a groove. */
const GROOVE_SHARE = 0.25

export type FibrePose = { kind: 'free'; tip: PointMm; lifted: boolean } | { kind: 'slot'; slot: number }

export function newPathBuffer(): Float32Array {
  return new Float32Array(PATH_POINTS * 3)
}

function cubic(a: number, b: number, c: number, d: number, t: number): number {
  const s = 1 - t
  return s * s * s * a + 3 * s * s * t * b + 3 * s * t * t * c + t * t * t * d
}

function writeCurve(
  out: Float32Array,
  from: number,
  to: number,
  p0: readonly [number, number, number],
  p1: readonly [number, number, number],
  p2: readonly [number, number, number],
  p3: readonly [number, number, number],
): void {
  for (let i = from; i <= to; i++) {
    const t = to === from ? 1 : (i - from) / (to - from)
    out[i * 3] = cubic(p0[0], p1[0], p2[0], p3[0], t)
    out[i * 3 + 1] = cubic(p0[1], p1[1], p2[1], p3[1], t)
    out[i * 3 + 2] = cubic(p0[2], p1[2], p2[2], p3[2], t)
  }
}

/** Fills `out` with the fibre's path leaving `mouth` (heading +x, out of the tube) in the given pose. */
export function writeFibrePath(out: Float32Array, mouth: PointMm, pose: FibrePose): void {
  const last = PATH_POINTS - 1
  const start = [mouth.x, ON_MAT_Y + 2, mouth.z] as const
  const out1 = [mouth.x + 45, ON_MAT_Y, mouth.z + 10] as const
  if (pose.kind === 'slot') {
    const slot = slotCentre(pose.slot)
    const grooveStart = last - Math.round(last * GROOVE_SHARE)
    const entry = [slot.x, IN_GROOVE_Y, slot.zFront + 4] as const
    writeCurve(out, 0, grooveStart, start, out1, [slot.x, IN_GROOVE_Y + 6, slot.zFront + 90], entry)
    writeCurve(
      out,
      grooveStart,
      last,
      entry,
      entry,
      [slot.x, IN_GROOVE_Y, slot.zBack],
      [slot.x, IN_GROOVE_Y, slot.zBack - 6],
    )
    return
  }
  const tipY = pose.lifted ? HELD_Y : ON_MAT_Y
  const dx = pose.tip.x - mouth.x
  const dz = pose.tip.z - mouth.z
  // The free end lies roughly along the line from the tube, with a relaxed bend before it.
  const approach = [
    pose.tip.x - dx * 0.35,
    pose.lifted ? tipY + 15 : ON_MAT_Y,
    pose.tip.z - dz * 0.35 + 25,
  ] as const
  writeCurve(out, 0, last, start, out1, approach, [pose.tip.x, tipY, pose.tip.z])
}
