/**
 * Procedural geometry helpers for the scenes' tools and furniture. A tool's fixed pieces that share a material are
 * merged into one geometry, so a whole tool costs a few draw calls (ARCHITECTURE.md: ≤ 100 per scene),
 * and rounded blocks are bevelled extrusions, which read as moulded plastic where a box reads as a crate.
 */
import { BoxGeometry, Euler, ExtrudeGeometry, Matrix4, Quaternion, Shape, Vector3 } from 'three'
import type { BufferGeometry, Path } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'

export type Vec3 = [number, number, number]

/** A piece of a merged geometry: its own geometry, placed (and turned, in radians) in the tool's frame. */
export type Part = { geometry: BufferGeometry; at?: Vec3; rotation?: Vec3 }

const matrix = new Matrix4()
const position = new Vector3()
const quaternion = new Quaternion()
const euler = new Euler()
const unit = new Vector3(1, 1, 1)

/** Merges placed parts into one geometry and disposes the parts. */
export function mergeParts(parts: Part[]): BufferGeometry {
  const placed = parts.map(({ geometry, at = [0, 0, 0], rotation = [0, 0, 0] }) => {
    // Indexed (box, cylinder) and non-indexed (extrusion) geometries only merge once all are flat.
    const flat = geometry.index ? geometry.toNonIndexed() : geometry.clone()
    geometry.dispose()
    flat.clearGroups()
    matrix.compose(position.set(...at), quaternion.setFromEuler(euler.set(...rotation)), unit)
    flat.applyMatrix4(matrix)
    return flat
  })
  const merged = mergeGeometries(placed)
  placed.forEach((geometry) => geometry.dispose())
  if (!merged) throw new Error('mergeParts: the parts do not have the same attributes')
  return merged
}

/** A box part, centred on `at`. */
export function box(widthMm: number, heightMm: number, depthMm: number, at: Vec3): Part {
  return { geometry: new BoxGeometry(widthMm, heightMm, depthMm), at }
}

/** Draws a rounded rectangle centred on the origin into `path`: a shape's outline or one of its holes. */
export function roundedRectPath<P extends Path>(
  path: P,
  widthMm: number,
  depthMm: number,
  radiusMm: number,
): P {
  const x = widthMm / 2
  const y = depthMm / 2
  const r = Math.min(radiusMm, x, y)
  path.moveTo(-x + r, -y)
  path.lineTo(x - r, -y)
  path.quadraticCurveTo(x, -y, x, -y + r)
  path.lineTo(x, y - r)
  path.quadraticCurveTo(x, y, x - r, y)
  path.lineTo(-x + r, y)
  path.quadraticCurveTo(-x, y, -x, y - r)
  path.lineTo(-x, -y + r)
  path.quadraticCurveTo(-x, -y, -x + r, -y)
  return path
}

/**
 * A moulded block: rounded corners seen from above, softened top and bottom edges; footprint
 * `widthMm` × `depthMm` centred on the origin, from y = 0 up to `heightMm`.
 */
export function roundedBlock(
  widthMm: number,
  heightMm: number,
  depthMm: number,
  { cornerMm = 6, edgeMm = 1.5 }: { cornerMm?: number; edgeMm?: number } = {},
): BufferGeometry {
  const shape = roundedRectPath(
    new Shape(),
    widthMm - 2 * edgeMm,
    depthMm - 2 * edgeMm,
    Math.max(0.5, cornerMm - edgeMm),
  )
  const geometry = new ExtrudeGeometry(shape, {
    depth: heightMm - 2 * edgeMm,
    bevelEnabled: edgeMm > 0,
    bevelThickness: edgeMm,
    bevelSize: edgeMm,
    bevelSegments: 2,
    curveSegments: 3,
  })
  // The extrusion runs along +z; standing it up makes it run along +y with its bottom at y = 0.
  geometry.rotateX(-Math.PI / 2)
  geometry.translate(0, edgeMm, 0)
  return geometry
}

/** Where a box face's print sits on an atlas canvas, in fractions of the canvas: [left, top, right, bottom]. */
export type AtlasRect = [number, number, number, number]
type BoxFace = 'right' | 'left' | 'top' | 'bottom' | 'front' | 'back'
const FACE_ORDER: BoxFace[] = ['right', 'left', 'top', 'bottom', 'front', 'back']

/**
 * A box whose faces each show their own area of one printed canvas, so a printed carton or label costs
 * one mesh and one material instead of six. Faces not listed show `rest`.
 */
export function printedBox(
  widthMm: number,
  heightMm: number,
  depthMm: number,
  faces: Partial<Record<BoxFace, AtlasRect>>,
  rest: AtlasRect,
): BufferGeometry {
  const geometry = new BoxGeometry(widthMm, heightMm, depthMm)
  const uv = geometry.getAttribute('uv')
  FACE_ORDER.forEach((face, f) => {
    const [left, top, right, bottom] = faces[face] ?? rest
    for (let v = f * 4; v < f * 4 + 4; v++) {
      // Canvas textures are flipped: v = 1 is the canvas's top row.
      uv.setXY(v, left + uv.getX(v) * (right - left), 1 - bottom + uv.getY(v) * (bottom - top))
    }
  })
  uv.needsUpdate = true
  return geometry
}
