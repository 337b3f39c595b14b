/**
 * Where things sit on the work mat, in millimetres (the 3D world unit of this scene): x to the right,
 * z toward the trainee, y up. Pure geometry shared by the View (drawing, hit-testing) and the tests.
 */
import { mm } from '../../src/engine/units.ts'
import type { Mm } from '../../src/engine/units.ts'
import { TUBE_WINDOW_MM } from './model.ts'
import type { FibreIdState, FibreState } from './model.ts'

export type PointMm = { x: number; z: number }

export const MAT = { widthMm: 640, depthMm: 440, thicknessMm: 4 }
/** Height of the organiser's top face, where laid fibres rest and where drags are measured. */
export const WORK_HEIGHT_MM = 12
/** Organiser groove pitch: wider than a real comb so a finger on a phone can aim (≈ 15 mm). */
export const SLOT_PITCH_MM = 15
export const SLOTS_PER_ROW = 12
export const ORGANISER = { x0Mm: 70, zFrontMm: -10, depthMm: 60, rowGapMm: 78 }
export const CABLE_END = { x: -250, z: -150 }
/** Distance between closed tubes lying side by side. */
export const TUBE_SPACING_MM = 24
/** The marked zone where a closed tube is cut open starts this far after the cable end. */
export const WINDOW_START_OFFSET_MM = 40

/** Centre line of organiser slot `slot` (from 1): x of the groove and the z range it spans. */
export function slotCentre(slot: number): { x: number; zFront: number; zBack: number } {
  const row = Math.floor((slot - 1) / SLOTS_PER_ROW)
  const column = (slot - 1) % SLOTS_PER_ROW
  const zFront = ORGANISER.zFrontMm + row * ORGANISER.rowGapMm
  return { x: ORGANISER.x0Mm + SLOT_PITCH_MM * (column + 0.5), zFront, zBack: zFront - ORGANISER.depthMm }
}

export function organiserRows(slotCount: number): number {
  return Math.ceil(slotCount / SLOTS_PER_ROW)
}

/** z of tube `tube` (from 1) where it lies on the mat. */
export function tubeZ(tube: number, tubeCount: number): number {
  return CABLE_END.z + (tube - (tubeCount + 1) / 2) * TUBE_SPACING_MM
}

/** The marked zone of a closed tube, along x. */
export function tubeWindow(): { x0: number; x1: number } {
  const x0 = CABLE_END.x + WINDOW_START_OFFSET_MM
  return { x0, x1: x0 + TUBE_WINDOW_MM }
}

/** Where the fibres leave the opened tube. */
export function tubeMouth(tube: number, tubeCount: number): PointMm {
  return { x: tubeWindow().x0, z: tubeZ(tube, tubeCount) }
}

/**
 * Tip of a fibre lying in the fan: spread along the front of the mat in two staggered rows, so that
 * neighbouring tips are far enough apart to be picked with a finger.
 */
export function fanTip(fanIndex: number, fibreCount: number): PointMm {
  const x0 = -290
  const x1 = fibreCount > 12 ? 20 : -40
  const x = x0 + ((x1 - x0) * (fanIndex + 0.5)) / fibreCount
  const z = 150 + (fanIndex % 2 === 0 ? -22 : 22)
  return { x, z }
}

/** The area where releasing a fibre lays it back in the fan rather than dropping it. */
export function inFanArea(point: PointMm): boolean {
  return point.x > -320 && point.x < 40 && point.z > 100 && point.z < 200
}

/** Where a fibre's free end is, for drawing and for hit-testing. `held` is the live pointer position. */
export function fibreTip(state: FibreIdState, fibre: FibreState, held?: PointMm | null): PointMm {
  const location = fibre.location
  switch (location.at) {
    case 'fan':
      return fanTip(fibre.fanIndex, state.setup.fibresPerTube)
    case 'slot': {
      const slot = slotCentre(location.slot)
      return { x: slot.x, z: slot.zBack - 6 }
    }
    case 'mat':
      return { x: location.xMm, z: location.zMm }
    case 'held':
      return held ?? fanTip(fibre.fanIndex, state.setup.fibresPerTube)
  }
}

export type Release =
  { kind: 'place'; slot: number; offsetMm: Mm } | { kind: 'put-back' } | { kind: 'drop'; at: PointMm }

/**
 * What letting go of a fibre at `point` means: into the nearest slot when within `snapMm` of its
 * groove (the offset is measured), back in the fan, or dropped on the mat.
 */
export function releaseAt(point: PointMm, slotCount: number, snapMm: Mm): Release {
  let best: { slot: number; offsetMm: number } | null = null
  for (let slot = 1; slot <= slotCount; slot++) {
    const centre = slotCentre(slot)
    const withinDepth = point.z <= centre.zFront + snapMm && point.z >= centre.zBack - snapMm
    const offsetMm = Math.abs(point.x - centre.x)
    if (withinDepth && offsetMm <= snapMm && (!best || offsetMm < best.offsetMm)) best = { slot, offsetMm }
  }
  if (best) return { kind: 'place', slot: best.slot, offsetMm: mm(Math.round(best.offsetMm * 10) / 10) }
  if (inFanArea(point)) return { kind: 'put-back' }
  return { kind: 'drop', at: { x: Math.round(point.x), z: Math.round(point.z) } }
}

/** The gesture a release sends, the same for the pointer and the keyboard. */
export function releaseGesture(release: Release): {
  type: string
  target?: string
  p?: Record<string, number>
} {
  switch (release.kind) {
    case 'place':
      return { type: 'place', target: `s${release.slot}`, p: { offsetMm: release.offsetMm } }
    case 'put-back':
      return { type: 'put-back' }
    case 'drop':
      return { type: 'drop', p: { xMm: release.at.x, zMm: release.at.z } }
  }
}

/** What the live readout says while a fibre is held over a point (i18n key and values). */
export function releaseReading(release: Release): { key: string; values?: Record<string, number> } {
  switch (release.kind) {
    case 'place':
      return { key: 'player.live.overSlot', values: { slot: release.slot } }
    case 'put-back':
      return { key: 'player.live.overFan' }
    case 'drop':
      return { key: 'player.live.overMat' }
  }
}

/** The point where a held fibre sits when the keyboard moves it onto slot `slot`. */
export function slotAim(slot: number): PointMm {
  const centre = slotCentre(slot)
  return { x: centre.x, z: (centre.zFront + centre.zBack) / 2 }
}
