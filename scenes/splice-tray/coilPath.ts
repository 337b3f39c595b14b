/**
 * A fibre laid in the cassette, as the trainee drew it: a path from the cable's tie to the splice
 * holder. What the model measures on it (length, smallest bend radius, macrobend loss, crossings over
 * the sleeves, stretches outside the walls), and the reference paths the keyboard, the seeded exercises
 * and the tests lay. Pure geometry, in cassette millimetres (layout.ts).
 */
import type { Db } from '../../src/engine/units.ts'
import { db } from '../../src/engine/units.ts'
import type { FibreClass } from '../common/macrobend.ts'
import { lossPerTurnDb } from '../common/macrobend.ts'
import { BOBBINS, HOLDER, HOLDER_HALF_DEPTH_MM, fibreStart, insideCassette, overHolder } from './layout.ts'
import type { CableId, PointMm } from './layout.ts'

/** A drawn path travels in a gesture as "x,z;x,z;…", in millimetres with one decimal. */
export const MAX_PATH_POINTS = 3000

export function encodePath(points: readonly PointMm[]): string {
  return points.map((p) => `${round1(p.x)},${round1(p.z)}`).join(';')
}

export function decodePath(text: string): PointMm[] | null {
  const parts = text.split(';')
  if (parts.length < 2 || parts.length > MAX_PATH_POINTS) return null
  const points: PointMm[] = []
  for (const part of parts) {
    const fields = part.split(',')
    // Number('') is 0: an empty field would silently become a point on an axis.
    if (fields.some((f) => f.trim() === '')) return null
    const [x, z, extra] = fields.map(Number)
    if (extra !== undefined || x === undefined || z === undefined) return null
    if (!Number.isFinite(x) || !Number.isFinite(z) || Math.abs(x) > 2000 || Math.abs(z) > 2000) return null
    points.push({ x, z })
  }
  return points
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}

const dist = (a: PointMm, b: PointMm) => Math.hypot(a.x - b.x, a.z - b.z)

export function pathLengthMm(points: readonly PointMm[]): number {
  let length = 0
  for (let i = 1; i < points.length; i++) length += dist(points[i - 1]!, points[i]!)
  return length
}

/** Points `stepMm` apart along the path. */
export function resample(points: readonly PointMm[], stepMm: number): PointMm[] {
  const first = points[0]
  if (!first) return []
  const out: PointMm[] = [first]
  let carried = 0
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!
    const b = points[i]!
    const segment = dist(a, b)
    let at = stepMm - carried
    while (at <= segment) {
      const t = at / segment
      out.push({ x: a.x + (b.x - a.x) * t, z: a.z + (b.z - a.z) * t })
      at += stepMm
    }
    carried = segment - (at - stepMm)
  }
  const last = points[points.length - 1]!
  if (dist(out[out.length - 1]!, last) > stepMm / 4) out.push(last)
  return out
}

/** A fibre cannot go through a bobbin: a point drawn over one lies against its rim instead. */
export function settleOnBobbins(points: readonly PointMm[]): PointMm[] {
  return points.map((p) => {
    for (const { centre, radiusMm } of BOBBINS) {
      const d = dist(p, centre)
      if (d < radiusMm && d > 1e-6) {
        return {
          x: centre.x + ((p.x - centre.x) / d) * radiusMm,
          z: centre.z + ((p.z - centre.z) / d) * radiusMm,
        }
      }
    }
    return p
  })
}

/** Radius of the circle through three points (infinite when they are aligned). */
export function circumradius(a: PointMm, b: PointMm, c: PointMm): number {
  const ab = dist(a, b)
  const bc = dist(b, c)
  const ca = dist(c, a)
  const cross = Math.abs((b.x - a.x) * (c.z - a.z) - (b.z - a.z) * (c.x - a.x))
  return cross < 1e-9 ? Infinity : (ab * bc * ca) / (2 * cross)
}

/** Resampling step, smoothing half-window and chord used to read the bend radius of a drawn path. */
const STEP_MM = 2
const SMOOTH_HALF_WINDOW = 2
const CHORD_POINTS = 5

function smooth(points: readonly PointMm[]): PointMm[] {
  return points.map((p, i) => {
    if (i < SMOOTH_HALF_WINDOW || i >= points.length - SMOOTH_HALF_WINDOW) return p
    let x = 0
    let z = 0
    for (let j = i - SMOOTH_HALF_WINDOW; j <= i + SMOOTH_HALF_WINDOW; j++) {
      x += points[j]!.x
      z += points[j]!.z
    }
    const n = 2 * SMOOTH_HALF_WINDOW + 1
    return { x: x / n, z: z / n }
  })
}

/**
 * Bend radius along an evenly resampled path: the circle through a point and the points a chord of
 * CHORD_POINTS × STEP_MM before and after it. A hand-drawn line shakes by about a pixel; the smoothing
 * and the 10 mm chords read the radius the fibre would take, not the shake of the hand (a coiled fibre
 * cannot kink over a millimetre either).
 */
export function radiusProfile(points: readonly PointMm[]): number[] {
  const k = CHORD_POINTS
  return points.map((p, i) =>
    i < k || i >= points.length - k ? Infinity : circumradius(points[i - k]!, p, points[i + k]!),
  )
}

/** The fibre as it lies: out of the tie heading −z, the drawn path, into its end of the holder. */
export type LaidFibre = {
  /** Tie to holder, the length of fibre this lay uses. */
  lengthMm: number
  minRadiusMm: number
  /** Where the smallest radius is, for the View's marker and the replay. */
  tightestAt: PointMm
  /** Summed over the path: for every 2 mm, the loss per turn at its radius times the share of a turn. */
  macrobendDb: Db
  /** Length of fibre lying over the sleeves in the holder. */
  overSleevesMm: number
  /** Length of fibre outside the cassette walls: the cover will pinch it. */
  outsideMm: number
  /** The points the View draws (settled on the bobbins, resampled). */
  points: PointMm[]
}

/** How far the drawn path may start from the tie and end from its side of the holder. */
export const START_REACH_MM = 20
export const END_REACH_MM = 14

export type LayProblem = 'path-start' | 'path-end'

/** The holder end a cable's fibres enter by, and the point where a drawn path ends on it. */
function holderFace(cable: CableId, end: PointMm): PointMm {
  const side = cable === 'dist' ? -1 : 1
  const limit = HOLDER_HALF_DEPTH_MM - HOLDER.pitchMm / 2
  return { x: side * HOLDER.halfLengthMm, z: Math.max(-limit, Math.min(limit, end.z)) }
}

/**
 * Lays a drawn path for `cable`'s fibres and measures it. The path must start near the tie and end at
 * the cable's own end of the holder; the fibre continues 10 mm straight out of the tube and into the
 * sleeve, so a fibre that arrives sideways is bent there and the bend is measured.
 */
export function layFibre(
  cable: CableId,
  drawn: readonly PointMm[],
  fibreClass: FibreClass,
): { ok: true; fibre: LaidFibre } | { ok: false; problem: LayProblem } {
  const start = fibreStart(cable)
  const first = drawn[0]
  const last = drawn[drawn.length - 1]
  if (!first || !last || dist(first, start) > START_REACH_MM) return { ok: false, problem: 'path-start' }
  const face = holderFace(cable, last)
  const side = cable === 'dist' ? -1 : 1
  if (Math.abs(last.x - face.x) > END_REACH_MM || Math.abs(last.z) > HOLDER_HALF_DEPTH_MM + END_REACH_MM) {
    return { ok: false, problem: 'path-end' }
  }
  const body = settleOnBobbins([start, ...drawn.filter((p) => dist(p, start) > 3), face])
  const fibre = resample(body, STEP_MM)
  const lengthMm = pathLengthMm(fibre)
  const lead = resample([{ x: start.x, z: start.z + 10 }, start], STEP_MM).slice(0, -1)
  const into = resample([face, { x: face.x - side * 10, z: face.z }], STEP_MM).slice(1)
  const whole = smooth([...lead, ...fibre, ...into])
  const radii = radiusProfile(whole)

  let minRadiusMm = Infinity
  let tightestAt = face
  let loss = 0
  let overSleevesMm = 0
  let outsideMm = 0
  whole.forEach((p, i) => {
    const r = radii[i]!
    if (r < minRadiusMm) {
      minRadiusMm = r
      tightestAt = p
    }
    if (Number.isFinite(r)) loss += lossPerTurnDb(fibreClass, r) * (STEP_MM / (2 * Math.PI * r))
  })
  // Crossings and stretches outside are judged on what the trainee laid, not the ends the holder grips.
  for (let i = 1; i < fibre.length - 1; i++) {
    const p = fibre[i]!
    if (overHolder(p) && dist(p, face) > 8) overSleevesMm += STEP_MM
    if (!insideCassette(p)) outsideMm += STEP_MM
  }
  return {
    ok: true,
    fibre: {
      lengthMm,
      minRadiusMm,
      tightestAt,
      macrobendDb: db(loss),
      overSleevesMm,
      outsideMm,
      points: fibre,
    },
  }
}

// ——— Reference paths ———

type Builder = { points: PointMm[] }

function push(builder: Builder, p: PointMm) {
  const last = builder.points[builder.points.length - 1]
  if (!last || dist(last, p) > 1e-6) builder.points.push(p)
}

function arc(builder: Builder, centre: PointMm, radiusMm: number, fromRad: number, toRad: number) {
  const steps = Math.max(2, Math.ceil((Math.abs(toRad - fromRad) * radiusMm) / 2))
  for (let i = 0; i <= steps; i++) {
    const a = fromRad + ((toRad - fromRad) * i) / steps
    push(builder, { x: centre.x + radiusMm * Math.cos(a), z: centre.z + radiusMm * Math.sin(a) })
  }
}

function bezier(builder: Builder, p0: PointMm, p1: PointMm, p2: PointMm, p3: PointMm) {
  const steps = Math.max(4, Math.ceil(dist(p0, p3) / 2))
  for (let i = 0; i <= steps; i++) {
    const t = i / steps
    const u = 1 - t
    push(builder, {
      x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
      z: u * u * u * p0.z + 3 * u * u * t * p1.z + 3 * u * t * t * p2.z + t * t * t * p3.z,
    })
  }
}

/**
 * Two tangent arcs of equal radius from `from` to `to`, both heading +x: the gentlest S-bend between
 * two parallel courses, radius (L² + d²) / 4d for a run L and an offset d.
 */
function sBend(builder: Builder, from: PointMm, to: PointMm) {
  const run = to.x - from.x
  const offset = to.z - from.z
  if (Math.abs(offset) < 0.5) {
    push(builder, to)
    return
  }
  const s = Math.sign(offset)
  const r = (run * run + offset * offset) / (4 * Math.abs(offset))
  const sweep = Math.asin(Math.min(1, run / (2 * r)))
  const steps = Math.max(4, Math.ceil((sweep * r) / 2))
  for (let i = 0; i <= steps; i++) {
    const a = (sweep * i) / steps
    push(builder, { x: from.x + r * Math.sin(a), z: from.z + s * r - s * r * Math.cos(a) })
  }
  for (let i = steps; i >= 0; i--) {
    const a = (sweep * i) / steps
    push(builder, { x: to.x - r * Math.sin(a), z: to.z - s * r + s * r * Math.cos(a) })
  }
}

const mirror = (points: PointMm[], cable: CableId) =>
  cable === 'dist' ? points : points.map((p) => ({ x: -p.x, z: p.z }))

/**
 * The distribution side of a coil (the drop side is its mirror): out of the tie, `turns` loops of
 * `radiusMm` round the two centres (the bobbins, or one point for a tight coil), then off the top of
 * the left loop, heading +x, into the holder at `endZ`.
 */
function coil(centres: [PointMm, PointMm], radiusMm: number, turns: number, endZ: number): PointMm[] {
  const [left, right] = centres
  const b: Builder = { points: [] }
  const start = fibreStart('dist')
  const leftmost = { x: left.x - radiusMm, z: left.z }
  const lead = Math.max(10, (start.z - leftmost.z) / 2)
  bezier(b, start, { x: start.x, z: start.z - lead }, { x: leftmost.x, z: leftmost.z + lead }, leftmost)
  arc(b, left, radiusMm, Math.PI, 1.5 * Math.PI)
  for (let i = 0; i < turns; i++) {
    arc(b, right, radiusMm, 1.5 * Math.PI, 2.5 * Math.PI)
    arc(b, left, radiusMm, 0.5 * Math.PI, 1.5 * Math.PI)
  }
  sBend(b, { x: left.x, z: left.z - radiusMm }, { x: -HOLDER.halfLengthMm, z: endZ })
  return b.points
}

function solveRadius(build: (radiusMm: number) => PointMm[], lengthMm: number, minMm: number, maxMm: number) {
  let lo = minMm
  let hi = maxMm
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2
    if (pathLengthMm(build(mid)) < lengthMm) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

/**
 * `turns` loops round both bobbins (one holds the exercises' slack), sized so the lay uses `lengthMm` of
 * fibre within the cassette's reach.
 */
export function bobbinCoil(cable: CableId, lengthMm: number, endZ: number, turns = 1): PointMm[] {
  const [a, b] = BOBBINS
  const build = (r: number) => coil([a!.centre, b!.centre], r, turns, endZ)
  return mirror(build(solveRadius(build, lengthMm, a!.radiusMm + 2, 60)), cable)
}

/** Where a hurried trainee winds the slack: straight out of the tie, in the corner by the entry. */
const TIGHT_COIL_Z = 48

/** The largest tight coil that fits in the entry's corner without riding onto a bobbin. */
export const MAX_TIGHT_RADIUS_MM = 18

/**
 * A coil wound tight: about `radiusMm` (at most MAX_TIGHT_RADIUS_MM), with as many turns as the length
 * needs. The mistake of a trainee who hurries the slack into the cassette.
 */
export function tightCoil(cable: CableId, lengthMm: number, wantedMm: number, endZ: number): PointMm[] {
  const radiusMm = Math.min(wantedMm, MAX_TIGHT_RADIUS_MM)
  const start = fibreStart('dist')
  const build = (r: number, turns: number) => {
    const centre = { x: start.x + r, z: TIGHT_COIL_Z }
    return coil([centre, centre], r, turns, endZ)
  }
  const base = pathLengthMm(build(radiusMm, 0))
  const turns = Math.max(0, Math.round((lengthMm - base) / (2 * Math.PI * radiusMm)))
  const solved = solveRadius((r) => build(r, turns), lengthMm, radiusMm * 0.7, radiusMm * 1.4)
  return mirror(build(solved, turns), cable)
}
