import { mm } from '../../../src/engine/units.ts'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ORGANISER,
  SLOT_PITCH_MM,
  SLOTS_PER_ROW,
  fanTip,
  inFanArea,
  organiserRows,
  releaseAt,
  slotAim,
  slotCentre,
} from '../../../scenes/fibre-id/layout.ts'
import { exerciseById } from './sim.ts'

/** The snap distance the exercises really use. */
const SNAP_MM = mm(Number(exerciseById('fibre-id.evaluation-12').setup.snapMm))

describe('organiser slots', () => {
  it('sit one pitch apart along a row', () => {
    for (let slot = 1; slot < SLOTS_PER_ROW; slot++) {
      expect(slotCentre(slot + 1).x - slotCentre(slot).x).toBeCloseTo(SLOT_PITCH_MM, 9)
      expect(slotCentre(slot + 1).zFront).toBe(slotCentre(slot).zFront)
    }
  })

  it('24 slots use two rows: slot 13 starts the second row, behind slot 1 by the row gap', () => {
    expect(organiserRows(12)).toBe(1)
    expect(organiserRows(24)).toBe(2)
    expect(slotCentre(13).x).toBe(slotCentre(1).x)
    expect(slotCentre(13).zFront - slotCentre(1).zFront).toBe(ORGANISER.rowGapMm)
    // The rows must not overlap, or a release between them would be ambiguous.
    expect(slotCentre(13).zBack).toBeGreaterThan(slotCentre(1).zFront + 2 * SNAP_MM)
  })

  it('each groove runs the organiser depth from front to back', () => {
    for (let slot = 1; slot <= 24; slot++) {
      const { zFront, zBack } = slotCentre(slot)
      expect(zFront - zBack).toBe(ORGANISER.depthMm)
    }
  })
})

describe('releaseAt: what letting go of a fibre means', () => {
  it.each([12, 24])('exactly over each groove of a %i-slot organiser: that slot, offset 0', (slotCount) => {
    for (let slot = 1; slot <= slotCount; slot++) {
      expect(releaseAt(slotAim(slot), slotCount, SNAP_MM)).toEqual({ kind: 'place', slot, offsetMm: 0 })
    }
  })

  it('anywhere along the groove, front to back, still lands in it', () => {
    const { x, zFront, zBack } = slotCentre(5)
    expect(releaseAt({ x, z: zFront }, 12, SNAP_MM)).toEqual({ kind: 'place', slot: 5, offsetMm: 0 })
    expect(releaseAt({ x, z: zBack }, 12, SNAP_MM)).toEqual({ kind: 'place', slot: 5, offsetMm: 0 })
  })

  it('just inside the snap distance: that slot, with the offset measured', () => {
    const aim = slotAim(5)
    expect(releaseAt({ ...aim, x: aim.x + SNAP_MM - 0.1 }, 12, SNAP_MM)).toEqual({
      kind: 'place',
      slot: 5,
      offsetMm: Math.round((SNAP_MM - 0.1) * 10) / 10,
    })
    expect(releaseAt({ ...aim, x: aim.x - 2.34 }, 12, SNAP_MM)).toEqual({
      kind: 'place',
      slot: 5,
      offsetMm: 2.3,
    })
  })

  it('just beyond the snap distance: not that slot', () => {
    const aim = slotAim(5)
    const beyond = releaseAt({ ...aim, x: aim.x + SNAP_MM + 0.1 }, 12, SNAP_MM)
    expect(beyond).not.toMatchObject({ slot: 5 })
    // Half a pitch of snap: what slot 5 lets go of, slot 6 catches.
    expect(beyond).toMatchObject({ kind: 'place', slot: 6 })
    // Past the last slot there is no neighbour to catch it: it falls on the mat.
    const last = slotAim(12)
    expect(releaseAt({ ...last, x: last.x + SNAP_MM + 0.1 }, 12, SNAP_MM)).toMatchObject({ kind: 'drop' })
    // In front of the groove, beyond the snap distance, it falls too.
    const { x, zFront } = slotCentre(5)
    expect(releaseAt({ x, z: zFront + SNAP_MM + 0.5 }, 12, SNAP_MM)).toMatchObject({ kind: 'drop' })
  })

  it('never lands in a slot farther than the snap distance, and always in the nearest one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.constantFrom(12, 24),
        (x, z, slotCount) => {
          const release = releaseAt({ x, z }, slotCount, SNAP_MM)
          if (release.kind !== 'place') return
          const offset = Math.abs(x - slotCentre(release.slot).x)
          expect(offset).toBeLessThanOrEqual(SNAP_MM)
          expect(Math.abs(release.offsetMm - offset)).toBeLessThanOrEqual(0.05 + 1e-9)
          for (let other = 1; other <= slotCount; other++) {
            const { zFront, zBack } = slotCentre(other)
            if (z > zFront + SNAP_MM || z < zBack - SNAP_MM) continue
            expect(Math.abs(x - slotCentre(other).x)).toBeGreaterThanOrEqual(offset)
          }
        },
      ),
    )
  })

  it.each([12, 24])('over the fan of %i fibres: back in the fan', (fibreCount) => {
    for (let place = 0; place < fibreCount; place++) {
      const tip = fanTip(place, fibreCount)
      expect(inFanArea(tip)).toBe(true)
      expect(releaseAt(tip, fibreCount, SNAP_MM)).toEqual({ kind: 'put-back' })
    }
  })

  it('anywhere else: dropped on the mat, where it fell to the millimetre', () => {
    expect(releaseAt({ x: -100.4, z: 50.6 }, 12, SNAP_MM)).toEqual({ kind: 'drop', at: { x: -100, z: 51 } })
  })
})
