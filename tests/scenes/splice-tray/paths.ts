/**
 * Paths the tests draw in the cassette, built from exact geometry so that what the model measures can be
 * checked against what was drawn: a turtle that lays straights and arcs of a known radius, a bulge added
 * to one straight of a reference coil, and the shake of a hand. Cassette millimetres (layout.ts).
 */
import { createRng } from '../../../src/engine/rng.ts'
import { HOLDER, fibreStart } from '../../../scenes/splice-tray/layout.ts'
import type { CableId, PointMm } from '../../../scenes/splice-tray/layout.ts'

/** Sample spacing of the turtle's lines and arcs: finer than the model's 2 mm resampling. */
const SAMPLE_MM = 1

/**
 * Draws straights and arcs from a start point and heading. Headings are angles in the x–z plane
 * (0 = +x, −π/2 = −z, away from the trainee); a positive turn rotates the heading from +x toward +z.
 */
export class Turtle {
  readonly points: PointMm[]
  private x: number
  private z: number
  private headingRad: number

  constructor(start: PointMm, headingRad: number) {
    this.x = start.x
    this.z = start.z
    this.headingRad = headingRad
    this.points = [{ x: start.x, z: start.z }]
  }

  forward(lengthMm: number): this {
    const steps = Math.max(1, Math.ceil(lengthMm / SAMPLE_MM))
    const dx = Math.cos(this.headingRad)
    const dz = Math.sin(this.headingRad)
    const x0 = this.x
    const z0 = this.z
    for (let i = 1; i <= steps; i++) {
      const s = (lengthMm * i) / steps
      this.points.push({ x: x0 + dx * s, z: z0 + dz * s })
    }
    this.x = x0 + dx * lengthMm
    this.z = z0 + dz * lengthMm
    return this
  }

  /** An arc of `radiusMm` turning the heading by `angleRad` (positive: from +x toward +z). */
  turn(radiusMm: number, angleRad: number): this {
    const side = Math.sign(angleRad)
    // The centre lies on the side the turtle turns to, one radius from it.
    const cx = this.x - side * radiusMm * Math.sin(this.headingRad)
    const cz = this.z + side * radiusMm * Math.cos(this.headingRad)
    const from = Math.atan2(this.z - cz, this.x - cx)
    const steps = Math.max(2, Math.ceil((Math.abs(angleRad) * radiusMm) / SAMPLE_MM))
    for (let i = 1; i <= steps; i++) {
      const a = from + (angleRad * i) / steps
      this.points.push({ x: cx + radiusMm * Math.cos(a), z: cz + radiusMm * Math.sin(a) })
    }
    const end = from + angleRad
    this.x = cx + radiusMm * Math.cos(end)
    this.z = cz + radiusMm * Math.sin(end)
    this.headingRad += angleRad
    return this
  }

  /**
   * From a heading of +x, the gentlest S-bend to `to` ending with the same heading: two tangent arcs of
   * equal radius (sBendRadiusMm), the first toward the target's side.
   */
  sBendTo(to: PointMm): this {
    const run = to.x - this.x
    const offset = to.z - this.z
    if (Math.abs(offset) < 1e-6) return this.forward(run)
    const radiusMm = sBendRadiusMm(run, offset)
    const sweep = Math.asin(Math.min(1, run / (2 * radiusMm)))
    const side = Math.sign(offset)
    return this.turn(radiusMm, side * sweep).turn(radiusMm, -side * sweep)
  }

  /** Straight on to the given z (the turtle must be heading along ±z). */
  forwardToZ(z: number): this {
    return this.forward(Math.abs(z - this.z))
  }
}

/**
 * Out of the tie heading −z to the level of the bobbins' centres, then `turns` full loops and a quarter
 * of exactly `radiusMm` (centred level with the bobbins, clear of them for radii from 37 to 52 mm), then
 * an S-bend of two equal arcs into the cable's end of the holder at `endZ`. With no loop it is the
 * shortest lay that keeps its bends wide. The drop's lay is the distribution's mirror image.
 */
export function loopLay(cable: CableId, radiusMm: number, endZ: number, turns = 0): PointMm[] {
  const start = fibreStart('dist')
  const turtle = new Turtle(start, -Math.PI / 2)
  turtle.forwardToZ(0).turn(radiusMm, 2 * Math.PI * turns + Math.PI / 2)
  turtle.sBendTo({ x: -HOLDER.halfLengthMm, z: endZ })
  return cable === 'dist' ? turtle.points : turtle.points.map((p) => ({ x: -p.x, z: p.z }))
}

/** Radius of the S-bend a `loopLay` ends with (two equal tangent arcs, run L and offset d: (L² + d²) / 4d). */
export function sBendRadiusMm(runMm: number, offsetMm: number): number {
  return (runMm * runMm + offsetMm * offsetMm) / (4 * Math.abs(offsetMm))
}

/**
 * A reference coil (coilPath.bobbinCoil) with its first long straight, between the two bobbins, bent into
 * a smooth bump of `amplitudeMm`: outward (toward the cassette's wall) when positive, inward (toward the
 * holder) when negative. The bump is (1 − cos) shaped, so its own bend radius is W² / (2π² A) for a
 * straight of length W.
 */
export function bulgeStraight(points: readonly PointMm[], amplitudeMm: number): PointMm[] {
  const gap = points.findIndex(
    (p, i) => i > 0 && Math.hypot(p.x - points[i - 1]!.x, p.z - points[i - 1]!.z) > 100,
  )
  if (gap < 0) throw new Error('bulgeStraight: the path has no long straight')
  const a = points[gap - 1]!
  const b = points[gap]!
  const outward = Math.sign((a.z + b.z) / 2)
  const lengthMm = Math.hypot(b.x - a.x, b.z - a.z)
  const steps = Math.ceil(lengthMm / SAMPLE_MM)
  const bump: PointMm[] = []
  for (let i = 1; i < steps; i++) {
    const t = i / steps
    const offset = (amplitudeMm * (1 - Math.cos(2 * Math.PI * t))) / 2
    bump.push({ x: a.x + (b.x - a.x) * t, z: a.z + (b.z - a.z) * t + outward * offset })
  }
  return [...points.slice(0, gap), ...bump, ...points.slice(gap)]
}

/** Points every `stepMm` around a circle (or an arc of it). */
export function circlePoints(
  centre: PointMm,
  radiusMm: number,
  stepMm: number,
  fromRad = 0,
  sweepRad = 2 * Math.PI,
): PointMm[] {
  const steps = Math.max(2, Math.round((Math.abs(sweepRad) * radiusMm) / stepMm))
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = fromRad + (sweepRad * i) / steps
    return { x: centre.x + radiusMm * Math.cos(a), z: centre.z + radiusMm * Math.sin(a) }
  })
}

/** The shake of a hand on a touch screen: every point moved by up to ±`jitterMm` on each axis, seeded. */
export function shaken(points: readonly PointMm[], jitterMm: number, seed: number): PointMm[] {
  const rng = createRng(seed)
  return points.map((p) => ({
    x: p.x + (2 * rng.next() - 1) * jitterMm,
    z: p.z + (2 * rng.next() - 1) * jitterMm,
  }))
}

/** Points at least `stepMm` apart along the path, as a pointer samples a drawn line. */
export function thinned(points: readonly PointMm[], stepMm: number): PointMm[] {
  const out: PointMm[] = [points[0]!]
  for (const p of points) {
    const last = out[out.length - 1]!
    if (Math.hypot(p.x - last.x, p.z - last.z) >= stepMm) out.push(p)
  }
  const end = points[points.length - 1]!
  if (out[out.length - 1] !== end) out.push(end)
  return out
}
