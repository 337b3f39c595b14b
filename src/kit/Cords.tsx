/**
 * Cords and cables (2 mm fibre jumpers in the street cabinet, Cat6A and power cords in the rack) along
 * the routes the model gives as polylines, each corner rounded to a bend radius the cable tolerates, so
 * a route through the guides reads as a cord and not as a bent wire. All the cords at rest are one merged mesh (one draw call however many there are),
 * rebuilt when a route changes; the cord the trainee is handling is its own mesh, bent again in place on
 * every move without allocating.
 */
import { useThree } from '@react-three/fiber'
import { useLayoutEffect, useMemo } from 'react'
import { BufferGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { MeshStandardMaterial } from 'three'
import { surface } from './materials.ts'
import { bendTube, createTubeGeometry } from './tubeGeometry.ts'
import { useGeometry } from './useGeometry.ts'

export type CordPoint = [number, number, number]

/** A 2 mm simplex fibre jumper, unless the caller says otherwise. */
const JACKET_RADIUS_MM = 1
/** The handled cord is drawn a little fatter, so it stays visible over the bundle it crosses. */
const HELD_SCALE = 1.3
/** Corners are rounded to this radius at most (less where the runs either side are short). */
const BEND_RADIUS_MM = 28
const RADIAL_SEGMENTS = 6
/** The handled cord's samples: fixed, so its buffers are allocated once. */
const HELD_POINTS = 160
/** The ring marks' period along u; the jacket is plain, so it only keeps u in a sane range. */
const U_PERIOD_MM = 10

const MIN_STEP_MM = 0.01
/** An arc gets one sample per this much turn. */
const ARC_STEP_RAD = Math.PI / 14

/**
 * The polyline with each interior corner replaced by a quadratic arc: it leaves the straight run at
 * `r` before the corner and joins the next at `r` after, `r` at most half of either run so that
 * neighbouring arcs never overlap. Returns x, y, z triplets.
 */
export function roundCorners(points: readonly CordPoint[], bendRadiusMm = BEND_RADIUS_MM): number[] {
  const kept = points.filter(
    (p, i) =>
      i === 0 ||
      Math.hypot(p[0] - points[i - 1]![0], p[1] - points[i - 1]![1], p[2] - points[i - 1]![2]) > MIN_STEP_MM,
  )
  if (kept.length < 2) return []
  const out: number[] = [...kept[0]!]
  for (let i = 1; i < kept.length - 1; i++) {
    const [a, p, b] = [kept[i - 1]!, kept[i]!, kept[i + 1]!]
    const toA = [a[0] - p[0], a[1] - p[1], a[2] - p[2]]
    const toB = [b[0] - p[0], b[1] - p[1], b[2] - p[2]]
    const lengthA = Math.hypot(toA[0]!, toA[1]!, toA[2]!)
    const lengthB = Math.hypot(toB[0]!, toB[1]!, toB[2]!)
    const r = Math.min(bendRadiusMm, lengthA / 2, lengthB / 2)
    const cos = (toA[0]! * toB[0]! + toA[1]! * toB[1]! + toA[2]! * toB[2]!) / (lengthA * lengthB)
    const turn = Math.PI - Math.acos(Math.min(1, Math.max(-1, cos)))
    const steps = Math.max(1, Math.ceil(turn / ARC_STEP_RAD))
    const q1 = [0, 1, 2].map((k) => p[k]! + (toA[k]! / lengthA) * r)
    const q2 = [0, 1, 2].map((k) => p[k]! + (toB[k]! / lengthB) * r)
    for (let s = 0; s <= steps; s++) {
      const t = s / steps
      const u = 1 - t
      for (let k = 0; k < 3; k++) out.push(u * u * q1[k]! + 2 * u * t * p[k]! + t * t * q2[k]!)
    }
  }
  out.push(...kept[kept.length - 1]!)
  return out
}

/** `count` points evenly spaced along a polyline (x, y, z triplets), written into `into`. */
function resample(line: readonly number[], into: Float32Array) {
  const n = line.length / 3
  const count = into.length / 3
  const along = [0]
  for (let i = 1; i < n; i++) {
    along.push(
      along[i - 1]! +
        Math.hypot(
          line[i * 3]! - line[(i - 1) * 3]!,
          line[i * 3 + 1]! - line[(i - 1) * 3 + 1]!,
          line[i * 3 + 2]! - line[(i - 1) * 3 + 2]!,
        ),
    )
  }
  const total = along[n - 1]!
  let segment = 0
  for (let j = 0; j < count; j++) {
    const target = (j / (count - 1)) * total
    while (segment < n - 2 && along[segment + 1]! < target) segment++
    const span = along[segment + 1]! - along[segment]!
    const t = span > 0 ? (target - along[segment]!) / span : 0
    for (let k = 0; k < 3; k++) {
      into[j * 3 + k] = line[segment * 3 + k]! + (line[(segment + 1) * 3 + k]! - line[segment * 3 + k]!) * t
    }
  }
}

export const cordJacket = (hex: string) => surface(hex, { roughness: 0.55, key: 'patch-cord' })

/** The cord in the trainee's hand: the same jacket, glowing a little so it stands out of the bundle. */
export function cordJacketLit(hex: string): MeshStandardMaterial {
  const material = surface(hex, { roughness: 0.55, key: 'patch-cord-lit' })
  material.emissive.set(hex)
  material.emissiveIntensity = 0.35
  return material
}

/** Every route as a tube, merged into one geometry. */
function cordsGeometry(paths: CordPoint[][], radiusMm: number, bendRadiusMm: number): BufferGeometry {
  const tubes = paths.flatMap((points) => {
    const line = roundCorners(points, bendRadiusMm)
    if (line.length < 6) return []
    const tube = createTubeGeometry({ pointCount: line.length / 3, radialSegments: RADIAL_SEGMENTS })
    bendTube(tube, new Float32Array(line), radiusMm, U_PERIOD_MM)
    return [tube]
  })
  if (tubes.length === 0) return new BufferGeometry()
  const merged = mergeGeometries(tubes)
  tubes.forEach((tube) => tube.dispose())
  return merged ?? new BufferGeometry()
}

/** The cords at rest, as routed by the model: one draw call. */
export function Cords({
  paths,
  jacket,
  radiusMm = JACKET_RADIUS_MM,
  bendRadiusMm = BEND_RADIUS_MM,
}: {
  paths: CordPoint[][]
  jacket: string
  radiusMm?: number
  bendRadiusMm?: number
}) {
  // Rebuilt when a route really changed, not when the caller hands a new array of the same routes.
  const key = JSON.stringify(paths)
  const geometry = useGeometry(
    () => cordsGeometry(JSON.parse(key) as CordPoint[][], radiusMm, bendRadiusMm),
    [key, radiusMm, bendRadiusMm],
  )
  return <mesh geometry={geometry} material={cordJacket(jacket)} />
}

/** The cord in the trainee's hand: its own mesh, bent again in place as its route changes. */
export function Cord({
  points,
  jacket,
  highlight = false,
  radiusMm = JACKET_RADIUS_MM,
  bendRadiusMm = BEND_RADIUS_MM,
}: {
  points: CordPoint[]
  jacket: string
  highlight?: boolean
  radiusMm?: number
  bendRadiusMm?: number
}) {
  const invalidate = useThree((state) => state.invalidate)
  const geometry = useGeometry(
    () => createTubeGeometry({ pointCount: HELD_POINTS, radialSegments: RADIAL_SEGMENTS + 2 }),
    [],
  )
  const path = useMemo(() => new Float32Array(HELD_POINTS * 3), [])
  const key = JSON.stringify(points)
  const drawn = roundCorners(JSON.parse(key) as CordPoint[], bendRadiusMm).length >= 6
  useLayoutEffect(() => {
    const line = roundCorners(JSON.parse(key) as CordPoint[], bendRadiusMm)
    if (line.length < 6) return
    resample(line, path)
    bendTube(geometry, path, highlight ? radiusMm * HELD_SCALE : radiusMm, U_PERIOD_MM)
    invalidate()
  }, [key, highlight, geometry, path, invalidate, radiusMm, bendRadiusMm])
  if (!drawn) return null
  return <mesh geometry={geometry} material={highlight ? cordJacketLit(jacket) : cordJacket(jacket)} />
}
