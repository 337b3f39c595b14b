/**
 * A tube mesh that follows a polyline and can be bent again in place: the buffers are allocated once,
 * then rewritten when the path changes (a fibre following the pointer), so dragging allocates nothing.
 * `u` runs along the tube in path units divided by `uPeriod`, so a repeating texture (ring marks)
 * keeps the same spacing whatever the length.
 */
import { BufferAttribute, BufferGeometry, Vector3 } from 'three'

export type TubeShape = { pointCount: number; radialSegments: number }

export function createTubeGeometry({ pointCount, radialSegments }: TubeShape): BufferGeometry {
  const ring = radialSegments + 1
  const vertexCount = pointCount * ring
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(vertexCount * 3), 3))
  geometry.setAttribute('normal', new BufferAttribute(new Float32Array(vertexCount * 3), 3))
  geometry.setAttribute('uv', new BufferAttribute(new Float32Array(vertexCount * 2), 2))
  const indices: number[] = []
  for (let i = 0; i < pointCount - 1; i++) {
    for (let j = 0; j < radialSegments; j++) {
      const a = i * ring + j
      const b = (i + 1) * ring + j
      // Counter-clockwise seen from outside, so the front faces are the tube's outside and light it.
      indices.push(a, a + 1, b, b, a + 1, b + 1)
    }
  }
  geometry.setIndex(indices)
  return geometry
}

const tangent = new Vector3()
const normal = new Vector3()
const binormal = new Vector3()
const previousTangent = new Vector3()
const axis = new Vector3()
const point = new Vector3()
const direction = new Vector3()

/**
 * Rewrites `geometry` around `path` (x, y, z triplets, `pointCount` of them). Frames are carried along
 * the path (parallel transport) so the tube never twists where the path turns.
 */
export function bendTube(
  geometry: BufferGeometry,
  path: Float32Array,
  radius: number,
  uPeriod: number,
): void {
  const positions = geometry.getAttribute('position') as BufferAttribute
  const normals = geometry.getAttribute('normal') as BufferAttribute
  const uvs = geometry.getAttribute('uv') as BufferAttribute
  const pointCount = path.length / 3
  const ring = positions.count / pointCount
  const radialSegments = ring - 1
  let lengthSoFar = 0
  for (let i = 0; i < pointCount; i++) {
    const next = Math.min(i + 1, pointCount - 1)
    const prev = Math.max(i - 1, 0)
    tangent.set(
      path[next * 3]! - path[prev * 3]!,
      path[next * 3 + 1]! - path[prev * 3 + 1]!,
      path[next * 3 + 2]! - path[prev * 3 + 2]!,
    )
    tangent.normalize()
    if (i === 0) {
      // Any vector not parallel to the tangent starts the frame.
      normal.set(0, 1, 0)
      if (Math.abs(tangent.y) > 0.9) normal.set(1, 0, 0)
      normal.crossVectors(tangent, normal).normalize()
    } else {
      axis.crossVectors(previousTangent, tangent)
      const sin = axis.length()
      if (sin > 1e-6) {
        axis.divideScalar(sin)
        const angle = Math.acos(Math.min(1, Math.max(-1, previousTangent.dot(tangent))))
        normal.applyAxisAngle(axis, angle)
      }
      lengthSoFar += Math.hypot(
        path[i * 3]! - path[(i - 1) * 3]!,
        path[i * 3 + 1]! - path[(i - 1) * 3 + 1]!,
        path[i * 3 + 2]! - path[(i - 1) * 3 + 2]!,
      )
    }
    previousTangent.copy(tangent)
    binormal.crossVectors(tangent, normal)
    point.set(path[i * 3]!, path[i * 3 + 1]!, path[i * 3 + 2]!)
    for (let j = 0; j <= radialSegments; j++) {
      const angle = (j / radialSegments) * Math.PI * 2
      direction.copy(normal).multiplyScalar(Math.cos(angle)).addScaledVector(binormal, Math.sin(angle))
      const v = i * ring + j
      positions.setXYZ(
        v,
        point.x + radius * direction.x,
        point.y + radius * direction.y,
        point.z + radius * direction.z,
      )
      normals.setXYZ(v, direction.x, direction.y, direction.z)
      uvs.setXY(v, lengthSoFar / uPeriod, j / radialSegments)
    }
  }
  positions.needsUpdate = true
  normals.needsUpdate = true
  uvs.needsUpdate = true
  geometry.computeBoundingSphere()
}
