import { describe, expect, it } from 'vitest'
import { alongNearestRay, pointAlong } from '../../src/kit/cordPoints.ts'
import type { CordPoint as Point3 } from '../../src/kit/cordPoints.ts'

describe('where the pointer touches a cord', () => {
  // A cord leaving a plug toward the technician, then dropping and running back into the guide.
  const path: Point3[] = [
    [0, 0, 0],
    [0, 0, 40],
    [0, -50, 40],
    [0, -50, -60],
  ]

  it('reads the distance along the cord under the pointer, seen at a slant', () => {
    const direction: Point3 = [0.3, -0.5, 1]
    for (const along of [10, 40, 65, 90, 120, 170]) {
      const { at } = pointAlong(path, along)
      const origin: Point3 = [
        at[0] - direction[0] * 1000,
        at[1] - direction[1] * 1000,
        at[2] - direction[2] * 1000,
      ]
      expect(alongNearestRay(path, origin, direction)).toBeCloseTo(along, 6)
    }
  })

  it('seen straight from the front, a point of the dropping run reads right', () => {
    expect(alongNearestRay(path, [0, -25, 1000], [0, 0, -1])).toBeCloseTo(65, 6)
  })

  it('a ray passing beside the cord reads the nearest point of it', () => {
    expect(alongNearestRay(path, [30, 0, 20], [0, -1, 0])).toBeCloseTo(20, 6)
  })
})
