/**
 * The outer member of a server's slide rail (zinc-plated steel, the tool-less kind shipped with 2U
 * servers): a 40 mm channel in two telescoping sections that spans the rack from the front rails'
 * plane to the rear rails' plane, lying just inside the posts (|x| from RACK.railInnerX − 10 to
 * RACK.railInnerX, its channel open toward the server). At each end a bracket folded outward sits behind
 * the post's flange, with two round pins through the middle holes of two successive U and a spring
 * latch (front); the rear bracket also has two L hooks hanging in the holes between the pins. The web
 * is pierced with the usual lightening slots. One draw call per rail.
 */
import { useMemo } from 'react'
import { CylinderGeometry } from 'three'
import type { BufferGeometry } from 'three'
import { box, mergeParts } from '../../../src/kit/geometry.ts'
import type { Part, Vec3 } from '../../../src/kit/geometry.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { RACK, RAIL_HOLE_POS, U_MM, holeY } from '../layout.ts'
import type { HolePos, Side } from '../layout.ts'
import { holedPlate, rectHole, zinc } from './Equipment.tsx'

/** Channel 40 mm tall, 10 mm deep; the post flanges are 2 mm steel, the brackets 1.5 mm behind them. */
export const RAIL = {
  heightMm: 40,
  depthMm: 10,
  sheetMm: 1.5,
  flangeMm: 2,
  spanMm: RACK.frontRailZ - RACK.rearRailZ,
  pinMm: 7.2,
  pinOutMm: 5,
}
const SPAN = RAIL.spanMm
const OUTER_X = RACK.railInnerX
const BRACKET_OUTER_X = 250

/**
 * One rail in its own frame: the front pin at the origin (y = 0 the pin's height, z = 0 the front
 * rails' plane), running to z = −SPAN; `sx` −1 for the left side, +1 for the right.
 */
function railGeometry(sx: number): BufferGeometry {
  const h = RAIL.heightMm
  const t = RAIL.sheetMm
  const parts: Part[] = []
  const web = (lengthMm: number, heightMm: number, fromZ: number, outerX: number, slots: number): Part => {
    const holes = Array.from({ length: slots }, (_, i) =>
      rectHole(-lengthMm / 2 + 60 + i * ((lengthMm - 120) / Math.max(1, slots - 1)), 0, 38, 9, 4.4),
    )
    // Built facing +z along x, turned to run along z: it then spans x from 0 to its thickness.
    const geometry = holedPlate(lengthMm, heightMm, t, holes).rotateY(-Math.PI / 2)
    return { geometry, at: [sx < 0 ? -outerX : outerX - t, 0, fromZ - lengthMm / 2] }
  }
  // Front section: web against the post side, flanges top and bottom toward the server.
  const frontLength = 470
  parts.push(web(frontLength, h, -t - RAIL.flangeMm, OUTER_X, 5))
  for (const y of [-h / 2 + t / 2, h / 2 - t / 2]) {
    parts.push(
      box(RAIL.depthMm, t, frontLength, [
        sx * (OUTER_X - RAIL.depthMm / 2),
        y,
        -t - RAIL.flangeMm - frontLength / 2,
      ]),
    )
  }
  // Rear section, nested inside the front one and running out of it to the rear bracket.
  const rearFrom = -300
  const rearLength = SPAN - 300 - t - RAIL.flangeMm
  parts.push(web(rearLength, h - 6, rearFrom, OUTER_X - t, 3))
  for (const y of [-h / 2 + 3 + t / 2, h / 2 - 3 - t / 2]) {
    parts.push(
      box(RAIL.depthMm - 2, t, rearLength, [
        sx * (OUTER_X - t - (RAIL.depthMm - 2) / 2),
        y,
        rearFrom - rearLength / 2,
      ]),
    )
  }
  // The brackets, folded outward behind each post's flange, with their pins (and the rear hooks).
  for (const [z, out] of [
    [-RAIL.flangeMm - t / 2, 1],
    [-SPAN + RAIL.flangeMm + t / 2, -1],
  ] as const) {
    const widthMm = BRACKET_OUTER_X - (OUTER_X - RAIL.depthMm)
    const centreX = sx * (OUTER_X - RAIL.depthMm + widthMm / 2)
    parts.push(box(widthMm, U_MM + 20, t, [centreX, U_MM / 2, z]))
    for (const y of [0, U_MM]) {
      const pinLength = RAIL.flangeMm + RAIL.pinOutMm + t
      parts.push({
        geometry: new CylinderGeometry(RAIL.pinMm / 2, RAIL.pinMm / 2, pinLength, 14),
        at: [sx * RACK.holeX, y, z + (out * pinLength) / 2],
        rotation: [Math.PI / 2, 0, 0],
      })
      parts.push({
        geometry: new CylinderGeometry(RAIL.pinMm / 2 - 0.6, RAIL.pinMm / 2, 1.2, 14),
        at: [sx * RACK.holeX, y, z + out * (pinLength + 0.6)],
        rotation: [(out * Math.PI) / 2, 0, 0],
      })
    }
    if (out < 0) {
      for (const y of [15.875, U_MM - 15.875]) {
        parts.push(box(6, 4, 8, [sx * RACK.holeX, y, z - 4]))
        parts.push(box(6, 7, 2, [sx * RACK.holeX, y - 1.5, z - 8]))
      }
    } else {
      // The front latch's thumb tab, reaching back along the outside of the channel.
      parts.push(box(t, 22, 46, [sx * (OUTER_X + 3), U_MM / 2, z - 24]))
      parts.push(box(8, 24, t, [sx * (OUTER_X + 6), U_MM / 2, z - 46]))
    }
  }
  return mergeParts(parts)
}

/**
 * A slide rail fitted on `side`, its pins in the middle holes of U `hole.u` and the U above (front and
 * rear). `hole` defaults to where the plan wants it: the RAIL_HOLE_POS hole of `bottomU`.
 */
export function SlideRails({
  bottomU,
  side,
  hole = { u: bottomU, pos: RAIL_HOLE_POS },
}: {
  bottomU: number
  side: Side
  hole?: { u: number; pos: HolePos }
}) {
  const sx = side === 'left' ? -1 : 1
  const geometry = useGeometry(() => railGeometry(sx), [sx])
  return (
    <mesh geometry={geometry} position={[0, holeY(hole.u, hole.pos), RACK.frontRailZ]} material={zinc()} />
  )
}

/**
 * A rail lying on its web (on the trolley): `at` the middle of its underside, `rotationYRad` its turn
 * about the vertical (0: running along z).
 */
export function RailPiece({ at, rotationYRad }: { at: Vec3; rotationYRad: number }) {
  const geometry = useGeometry(() => {
    const rail = railGeometry(-1).rotateZ(Math.PI / 2)
    rail.computeBoundingBox()
    const bounds = rail.boundingBox!
    return rail.translate(
      -(bounds.min.x + bounds.max.x) / 2,
      -bounds.min.y,
      -(bounds.min.z + bounds.max.z) / 2,
    )
  }, [])
  const rotation = useMemo((): Vec3 => [0, rotationYRad, 0], [rotationYRad])
  return <mesh geometry={geometry} position={at} rotation={rotation} material={zinc()} />
}
