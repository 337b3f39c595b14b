/**
 * Where things are now, from the state: the cable ends, the loose sleeves, the laid or hanging fibres,
 * and the points the pointer, the keyboard, the hint arrow and the end-to-end tests aim at. Pure.
 */
import {
  CASSETTE,
  ENTRIES,
  FIBRE_Y,
  HOLDER,
  LABEL_SHEET,
  LABEL_ZONE,
  LOOSE_END_Z,
  SIDE_CUTTERS,
  SPARE_CHANNEL,
  fibreStart,
  slotZ,
} from './layout.ts'
import type { CableId, PointMm } from './layout.ts'
import type { SpliceTrayState } from './model.ts'

export type Point3 = [number, number, number]

/** Where a cable's end lies: past the tie once routed, on the PBO floor before. */
export function cableEnd(state: SpliceTrayState, cable: CableId): PointMm {
  const entry = ENTRIES[cable]
  const { routed, depthMm } = state.cables[cable]
  if (routed && depthMm !== null) return { x: entry.x, z: entry.tieZ - depthMm }
  return { x: entry.x + (cable === 'dist' ? -10 : 10), z: LOOSE_END_Z }
}

/** Loose sleeves lie side by side on the cassette floor, under the holder, until they are placed. */
function looseSleeveAt(state: SpliceTrayState, fibre: number): PointMm & { angleRad: number } {
  const fibres = Object.keys(state.sleeves).map(Number)
  const i = fibres.indexOf(fibre)
  return { x: -36 + i * 24, z: 42 + (i % 2) * 6, angleRad: 0.35 - i * 0.2 }
}

/** Where a sleeve is now, in its slot or lying loose. */
export function sleeveAt(state: SpliceTrayState, fibre: number): PointMm & { angleRad: number } {
  const slot = state.sleeves[fibre]
  return slot ? { x: 0, z: slotZ(slot), angleRad: 0 } : looseSleeveAt(state, fibre)
}

/** The face of the holder a cable's fibres reach, at the middle of the slots its sleeves belong in. */
export function holderFace(cable: CableId, endZ: number): PointMm {
  return { x: (cable === 'dist' ? -1 : 1) * HOLDER.halfLengthMm, z: endZ }
}

/**
 * A fibre not laid yet (or the unlaid part of its slack) hangs out over the front wall in a loop: the
 * picture of what the cover would pinch.
 */
export function hangingLoop(cable: CableId, endZ: number | null): PointMm[] {
  const start = fibreStart(cable)
  const side = cable === 'dist' ? -1 : 1
  const out = CASSETTE.halfDepthMm + 30
  const loop: PointMm[] = [
    start,
    { x: start.x - side * 8, z: start.z + 10 },
    { x: start.x - side * 20, z: out },
    { x: start.x - side * 45, z: out + 12 },
    { x: start.x - side * 70, z: out },
  ]
  if (endZ === null) return [...loop, { x: start.x - side * 76, z: start.z }]
  const face = holderFace(cable, endZ)
  return [...loop, { x: face.x + side * 40, z: 40 }, { x: face.x + side * 10, z: endZ }, face]
}

/** Where the tie's tail is held to pull it (toward the trainee): in front of the anchor. */
export function tieTail(cable: CableId): PointMm {
  const entry = ENTRIES[cable]
  return { x: entry.x + (cable === 'dist' ? 6 : -6), z: entry.tieZ + 30 }
}

/** The loose spare fibres hang over the front wall near the tube's entry. */
export const LOOSE_SPARES: PointMm = { x: -95, z: CASSETTE.halfDepthMm + 14 }
export const SPARE_CHANNEL_CENTRE: PointMm = {
  x: (SPARE_CHANNEL.minX + SPARE_CHANNEL.maxX) / 2,
  z: (SPARE_CHANNEL.minZ + SPARE_CHANNEL.maxZ) / 2,
}

/** The three labels on the sheet, along z. */
export function labelOnSheet(index: number): PointMm {
  return { x: LABEL_SHEET.at.x, z: LABEL_SHEET.at.z - 20 + index * 20 }
}

/** The label zone's centre on the cassette's front lip. */
export const LABEL_SPOT: Point3 = [LABEL_ZONE.x, CASSETTE.floorY + CASSETTE.wallHeightMm / 2, LABEL_ZONE.z]

export const CUTTERS_REST: PointMm = SIDE_CUTTERS.at

/** Points of the fibre in the cassette plane, as 3D points. */
export const onFloor = (p: PointMm, lift = 0): Point3 => [p.x, FIBRE_Y + lift, p.z]
