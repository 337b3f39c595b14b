/**
 * The fibres of one cable lying together in the cassette: one to four coloured 250 µm fibres side by side
 * along a path, drawn wider than life so each colour reads on a phone, each with its own rounded crown so the
 * bundle reads as separate fibres. One mesh, its colours in the vertices. While the trainee draws a coil the
 * path changes on every pointer move: the buffers are rewritten in place and only a path longer than their
 * capacity allocates again (doubled), so drawing costs no garbage.
 */
import { useThree } from '@react-three/fiber'
import { useLayoutEffect, useMemo, useRef } from 'react'
import { BufferAttribute, BufferGeometry, Color, Sphere } from 'three'
import { marker } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { FIBRE_Y } from '../layout.ts'
import type { PointMm } from '../layout.ts'
import { fibreCoating } from './instrumentMaterials.ts'

export type FibreBundleProps = {
  points: PointMm[]
  /** One colour (sRGB hex) per fibre, across the bundle. */
  colours: string[]
  y?: number
  /** The tightest bend of the path, ringed so the trainee sees where the radius is measured. */
  tightest?: PointMm | null
}

/** 2.8 × the real 250 µm: thinner, the colours blur together at the cassette's framing. */
const FIBRE_WIDTH_MM = 0.7
/** Each fibre's cross-section: left foot, crown, right foot; the feet's normals lean out (a round look). */
const CROSS = 3
const FOOT_NORMAL = { out: 0.6, up: 0.8 }
/** A path given by a few points (a hanging loop) is smoothed through them at about this spacing. */
const STEP_MM = 3
const MAX_STEPS = 24
const MIN_CAPACITY = 64
const NO_PATH = new Float32Array(0)
const TIGHTEST_RING = { innerMm: 3.2, outerMm: 4.4 }

/** Buffers for `capacity` path points of `lanes` fibres, with the triangles of every segment indexed. */
function bundleGeometry(capacity: number, lanes: number): BufferGeometry {
  const vertices = capacity * lanes * CROSS
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(vertices * 3), 3))
  geometry.setAttribute('normal', new BufferAttribute(new Float32Array(vertices * 3), 3))
  geometry.setAttribute('color', new BufferAttribute(new Float32Array(vertices * 3), 3))
  const index = new (vertices > 65535 ? Uint32Array : Uint16Array)((capacity - 1) * lanes * 12)
  let i = 0
  for (let p = 0; p < capacity - 1; p++) {
    for (let lane = 0; lane < lanes; lane++) {
      const a = (p * lanes + lane) * CROSS
      const b = a + lanes * CROSS
      // Wound so the faces look up: foot, crown, next foot; crown, other foot.
      index.set([a, a + 1, b, a + 1, b + 1, b, a + 1, a + 2, b + 1, a + 2, b + 2, b + 1], i)
      i += 12
    }
  }
  geometry.setIndex(new BufferAttribute(index, 1))
  geometry.boundingSphere = new Sphere()
  return geometry
}

/**
 * Writes the path through `points` into `out` (x, z pairs), adding Catmull-Rom points where two given
 * points are far apart; a drawn path, already dense, is copied as it is. Returns the point count.
 */
function smoothPath(points: PointMm[], out: Float32Array): number {
  let count = 0
  const last = points.length - 1
  for (let i = 0; i < last; i++) {
    const p0 = points[Math.max(i - 1, 0)]!
    const p1 = points[i]!
    const p2 = points[i + 1]!
    const p3 = points[Math.min(i + 2, last)]!
    const steps = Math.min(MAX_STEPS, Math.max(1, Math.ceil(Math.hypot(p2.x - p1.x, p2.z - p1.z) / STEP_MM)))
    for (let s = 0; s < steps; s++) {
      const t = s / steps
      const t2 = t * t
      const t3 = t2 * t
      const w0 = -0.5 * t3 + t2 - 0.5 * t
      const w1 = 1.5 * t3 - 2.5 * t2 + 1
      const w2 = -1.5 * t3 + 2 * t2 + 0.5 * t
      const w3 = 0.5 * t3 - 0.5 * t2
      out[count * 2] = w0 * p0.x + w1 * p1.x + w2 * p2.x + w3 * p3.x
      out[count * 2 + 1] = w0 * p0.z + w1 * p1.z + w2 * p2.z + w3 * p3.z
      count++
    }
  }
  out[count * 2] = points[last]!.x
  out[count * 2 + 1] = points[last]!.z
  return count + 1
}

/** How many points smoothPath will write. */
function smoothedCount(points: PointMm[]): number {
  let count = 1
  for (let i = 0; i < points.length - 1; i++) {
    const d = Math.hypot(points[i + 1]!.x - points[i]!.x, points[i + 1]!.z - points[i]!.z)
    count += Math.min(MAX_STEPS, Math.max(1, Math.ceil(d / STEP_MM)))
  }
  return count
}

/** Lays the fibres across the path's side direction at each point, and bounds them. */
function writeBundle(
  geometry: BufferGeometry,
  path: Float32Array,
  count: number,
  laneColours: Float32Array,
  y: number,
) {
  const positions = geometry.getAttribute('position') as BufferAttribute
  const normals = geometry.getAttribute('normal') as BufferAttribute
  const colours = geometry.getAttribute('color') as BufferAttribute
  const lanes = laneColours.length / 3
  const half = FIBRE_WIDTH_MM / 2
  let sideX = 0
  let sideZ = 1
  let minX = Infinity
  let maxX = -Infinity
  let minZ = Infinity
  let maxZ = -Infinity
  for (let p = 0; p < count; p++) {
    const next = Math.min(p + 1, count - 1)
    const prev = Math.max(p - 1, 0)
    const dx = path[next * 2]! - path[prev * 2]!
    const dz = path[next * 2 + 1]! - path[prev * 2 + 1]!
    const length = Math.hypot(dx, dz)
    // Where the pointer paused (repeated points) the previous direction holds.
    if (length > 1e-6) {
      sideX = -dz / length
      sideZ = dx / length
    }
    const x = path[p * 2]!
    const z = path[p * 2 + 1]!
    minX = Math.min(minX, x)
    maxX = Math.max(maxX, x)
    minZ = Math.min(minZ, z)
    maxZ = Math.max(maxZ, z)
    for (let lane = 0; lane < lanes; lane++) {
      const centre = (lane - (lanes - 1) / 2) * FIBRE_WIDTH_MM
      const v = (p * lanes + lane) * CROSS
      positions.setXYZ(v, x + sideX * (centre - half), y - half * 0.5, z + sideZ * (centre - half))
      positions.setXYZ(v + 1, x + sideX * centre, y + half, z + sideZ * centre)
      positions.setXYZ(v + 2, x + sideX * (centre + half), y - half * 0.5, z + sideZ * (centre + half))
      normals.setXYZ(v, -sideX * FOOT_NORMAL.out, FOOT_NORMAL.up, -sideZ * FOOT_NORMAL.out)
      normals.setXYZ(v + 1, 0, 1, 0)
      normals.setXYZ(v + 2, sideX * FOOT_NORMAL.out, FOOT_NORMAL.up, sideZ * FOOT_NORMAL.out)
      for (let c = 0; c < CROSS; c++) {
        colours.setXYZ(v + c, laneColours[lane * 3]!, laneColours[lane * 3 + 1]!, laneColours[lane * 3 + 2]!)
      }
    }
  }
  positions.needsUpdate = true
  normals.needsUpdate = true
  colours.needsUpdate = true
  geometry.setDrawRange(0, (count - 1) * lanes * 12)
  geometry.boundingSphere!.center.set((minX + maxX) / 2, y, (minZ + maxZ) / 2)
  geometry.boundingSphere!.radius = Math.hypot(maxX - minX, maxZ - minZ) / 2 + lanes * FIBRE_WIDTH_MM
}

export function FibreBundle({ points, colours, y = FIBRE_Y, tightest = null }: FibreBundleProps) {
  const invalidate = useThree((state) => state.invalidate)
  const lanes = Math.max(1, colours.length)
  const count = points.length >= 2 ? smoothedCount(points) : 0
  const capacity = Math.max(MIN_CAPACITY, 2 ** Math.ceil(Math.log2(Math.max(count, 2))))
  const geometry = useGeometry(() => bundleGeometry(capacity, lanes), [capacity, lanes])
  const path = useRef(NO_PATH)
  const colourKey = colours.join()
  // Linear RGB per fibre, as three.js wants vertex colours.
  const laneColours = useMemo(() => {
    const hexes = colourKey.split(',')
    const rgb = new Float32Array(hexes.length * 3)
    const colour = new Color()
    hexes.forEach((hex, lane) => colour.set(hex || '#ffffff').toArray(rgb, lane * 3))
    return rgb
  }, [colourKey])

  useLayoutEffect(() => {
    if (points.length < 2) return
    if (path.current.length < capacity * 2) path.current = new Float32Array(capacity * 2)
    const written = smoothPath(points, path.current)
    writeBundle(geometry, path.current, written, laneColours, y)
    invalidate()
  }, [geometry, capacity, points, laneColours, y, invalidate])

  if (points.length < 2) return null
  return (
    <group>
      <mesh geometry={geometry} material={fibreCoating()} />
      {tightest ? (
        <mesh
          position={[tightest.x, y + FIBRE_WIDTH_MM + 0.2, tightest.z]}
          rotation={[-Math.PI / 2, 0, 0]}
          material={marker('#ff5a1f')}
        >
          <ringGeometry args={[TIGHTEST_RING.innerMm, TIGHTEST_RING.outerMm, 24]} />
        </mesh>
      ) : null}
    </group>
  )
}
