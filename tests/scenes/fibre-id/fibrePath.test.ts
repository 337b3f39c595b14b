import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HELD_Y, PATH_POINTS, newPathBuffer, writeFibrePath } from '../../../scenes/fibre-id/fibrePath.ts'
import type { FibrePose } from '../../../scenes/fibre-id/fibrePath.ts'
import { fanTip, slotCentre, tubeMouth } from '../../../scenes/fibre-id/layout.ts'

const point = (path: Float32Array, i: number) => ({ x: path[i * 3], y: path[i * 3 + 1], z: path[i * 3 + 2] })
const first = (path: Float32Array) => point(path, 0)
const last = (path: Float32Array) => point(path, PATH_POINTS - 1)
/** The buffer is single precision. */
const DIGITS = 3

function pathFor(mouth: { x: number; z: number }, pose: FibrePose): Float32Array {
  const path = newPathBuffer()
  path.fill(Number.NaN)
  writeFibrePath(path, mouth, pose)
  return path
}

describe('fibre path', () => {
  it('has room for every sample', () => {
    expect(newPathBuffer()).toHaveLength(PATH_POINTS * 3)
  })

  it('free pose: leaves the tube mouth and ends at the tip, lifted to the drag plane when held', () => {
    const mouth = tubeMouth(2, 4)
    const tip = fanTip(3, 12)
    for (const lifted of [false, true]) {
      const path = pathFor(mouth, { kind: 'free', tip, lifted })
      expect(first(path).x).toBeCloseTo(mouth.x, DIGITS)
      expect(first(path).z).toBeCloseTo(mouth.z, DIGITS)
      expect(last(path).x).toBeCloseTo(tip.x, DIGITS)
      expect(last(path).z).toBeCloseTo(tip.z, DIGITS)
      if (lifted) expect(last(path).y).toBeCloseTo(HELD_Y, DIGITS)
      else expect(last(path).y).toBeLessThan(HELD_Y)
      expect(path.every(Number.isFinite)).toBe(true)
    }
  })

  it.each(Array.from({ length: 24 }, (_, i) => i + 1))(
    'slot pose: leaves the tube mouth and runs along groove %i, out past its back',
    (slot) => {
      const mouth = tubeMouth(1, 1)
      const path = pathFor(mouth, { kind: 'slot', slot })
      const groove = slotCentre(slot)
      expect(first(path).x).toBeCloseTo(mouth.x, DIGITS)
      expect(first(path).z).toBeCloseTo(mouth.z, DIGITS)
      expect(last(path).x).toBeCloseTo(groove.x, DIGITS)
      expect(last(path).z).toBeLessThan(groove.zBack)
      expect(path.every(Number.isFinite)).toBe(true)
    },
  )

  it('is finite and ends at the tip for any tip on the mat', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: -320, max: 320, noNaN: true }),
        fc.double({ min: -220, max: 220, noNaN: true }),
        fc.boolean(),
        (tube, x, z, lifted) => {
          const path = pathFor(tubeMouth(tube, 12), { kind: 'free', tip: { x, z }, lifted })
          expect(path.every(Number.isFinite)).toBe(true)
          expect(last(path).x).toBeCloseTo(Math.fround(x), 2)
          expect(last(path).z).toBeCloseTo(Math.fround(z), 2)
        },
      ),
    )
  })
})
