/**
 * Points on a cord drawn as a polyline of [x, y, z] points: where a label at a given distance sits, and
 * what distance the pointer touched. Pure maths shared by every scene that labels cords (street cabinet,
 * rack): the pointer's ray is compared with the cord itself, because a pick volume's face is not on it.
 */
export type CordPoint = [number, number, number]

/** The point at `distanceMm` along a path from its first point, and the path's direction there. */
export function pointAlong(
  path: readonly CordPoint[],
  distanceMm: number,
): { at: CordPoint; along: CordPoint } {
  let left = distanceMm
  for (let i = 1; i < path.length; i++) {
    const p = path[i - 1]!
    const q = path[i]!
    const len = Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2])
    if (len > 0 && (left <= len || i === path.length - 1)) {
      const t = Math.min(1, left / len)
      const along: CordPoint = [(q[0] - p[0]) / len, (q[1] - p[1]) / len, (q[2] - p[2]) / len]
      return { at: [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t, p[2] + (q[2] - p[2]) * t], along }
    }
    left -= len
  }
  return { at: path[0]!, along: [0, 0, 1] }
}

/**
 * Distance along a path from its first point to where the pointer's ray passes closest to it, mm: what
 * the trainee points at on a thin cord, whatever the camera's angle (a pick volume's face is not on the
 * cord).
 */
export function alongNearestRay(path: readonly CordPoint[], origin: CordPoint, direction: CordPoint): number {
  const dot = (a: readonly number[], b: readonly number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!
  let best = { gap: Infinity, along: 0 }
  let walked = 0
  for (let i = 1; i < path.length; i++) {
    const p = path[i - 1]!
    const q = path[i]!
    const u = [q[0] - p[0], q[1] - p[1], q[2] - p[2]]
    const length = Math.sqrt(dot(u, u))
    if (length === 0) continue
    // Closest approach of the segment p + s·u (s in [0, 1]) and the ray origin + t·direction.
    const w = [p[0] - origin[0], p[1] - origin[1], p[2] - origin[2]]
    const a = dot(u, u)
    const b = dot(u, direction)
    const c = dot(direction, direction)
    const d = dot(u, w)
    const e = dot(direction, w)
    const denominator = a * c - b * b
    const s = Math.max(0, Math.min(1, denominator > 1e-9 ? (b * e - c * d) / denominator : 0))
    const onSegment = [p[0] + u[0]! * s, p[1] + u[1]! * s, p[2] + u[2]! * s]
    const t = Math.max(
      0,
      dot([onSegment[0]! - origin[0], onSegment[1]! - origin[1], onSegment[2]! - origin[2]], direction) / c,
    )
    const onRay = [origin[0] + direction[0] * t, origin[1] + direction[1] * t, origin[2] + direction[2] * t]
    const gap = Math.hypot(onSegment[0]! - onRay[0]!, onSegment[1]! - onRay[1]!, onSegment[2]! - onRay[2]!)
    if (gap < best.gap) best = { gap, along: walked + length * s }
    walked += length
  }
  return best.along
}
