/**
 * The opened PBO on the training bench, in millimetres (the scene's 3D unit): x to the right, z toward
 * the trainee, y up. The cassette lies flat, centred on the origin, its floor at CASSETTE.floorY. Pure
 * geometry shared by the model (where a drawn fibre lies), the View, the keyboard overlay and the tests.
 *
 * The storage follows a large-format cassette for G.652 fibre: two bobbins of 30 mm radius (the G.652
 * minimum, docs/DOMAIN.md) far enough from the splice holder that the fibre can run from a loop into any
 * slot without bending under 30 mm.
 */
export type PointMm = { x: number; z: number }
export type CableId = 'dist' | 'drop'
export const CABLES: readonly CableId[] = ['dist', 'drop']

export const CASSETTE = {
  /** Inside of the cassette's walls. */
  halfWidthMm: 150,
  halfDepthMm: 75,
  wallMm: 3,
  /** Height of the cassette's floor above the bench, and of its walls above the floor. */
  floorY: 42,
  wallHeightMm: 12,
}

/** Where fibres lie: just above the cassette floor. */
export const FIBRE_Y = CASSETTE.floorY + 1.5

/** Two storage bobbins; a fibre wound on one has the bobbin's radius. */
export const BOBBINS: readonly { centre: PointMm; radiusMm: number }[] = [
  { centre: { x: -95, z: 0 }, radiusMm: 30 },
  { centre: { x: 95, z: 0 }, radiusMm: 30 },
]

/**
 * Splice-sleeve holder in the middle of the storage: 12 slots across z, numbered 1 (far) to 12 (near),
 * each holding one 40 mm sleeve along x. The distribution fibre leaves a sleeve by its left end, the
 * drop fibre by its right end.
 */
export const HOLDER = {
  halfLengthMm: 22,
  slots: 12,
  pitchMm: 3.5,
  /** Sleeves of 40 mm: the slot's grip holds them between these x. */
  sleeveHalfLengthMm: 20,
}
export const HOLDER_HALF_DEPTH_MM = (HOLDER.slots * HOLDER.pitchMm) / 2

/** Centre z of slot `slot` (1-based). */
export function slotZ(slot: number): number {
  return -HOLDER_HALF_DEPTH_MM + (slot - 0.5) * HOLDER.pitchMm
}

/** The slot under a point of the holder, or null when the point is not over the holder. */
export function slotAt(point: PointMm, marginMm = 4): number | null {
  if (Math.abs(point.x) > HOLDER.halfLengthMm + marginMm) return null
  const slot = Math.floor((point.z + HOLDER_HALF_DEPTH_MM) / HOLDER.pitchMm) + 1
  return slot >= 1 && slot <= HOLDER.slots ? slot : null
}

/**
 * Each cable comes in at a front corner of the cassette, heading away from the trainee (−z). Its tie
 * sits on the entry's anchor; the tube or jacket should reach past it so that the tie grips the tube,
 * never bare fibres.
 */
export const ENTRIES: Record<CableId, { x: number; edgeZ: number; tieZ: number }> = {
  dist: { x: -138, edgeZ: CASSETTE.halfDepthMm, tieZ: 64 },
  drop: { x: 138, edgeZ: CASSETTE.halfDepthMm, tieZ: 64 },
}

/** Where the fibres of a cable start, once it is tied: at the tie, heading −z. */
export function fibreStart(cable: CableId): PointMm {
  return { x: ENTRIES[cable].x, z: ENTRIES[cable].tieZ }
}

/** Where a tube's end lies before it is routed: on the floor of the PBO, in front of the cassette. */
export const LOOSE_END_Z = CASSETTE.halfDepthMm + 40

/**
 * The channel along the front wall where unused fibres of the tube are stored, uncut, for later
 * subscribers (docs/reference/domain-procedures.md §4).
 */
export const SPARE_CHANNEL = { minX: -110, maxX: 110, minZ: 60, maxZ: 72 }

/** The label's place on the cassette's front lip. */
export const LABEL_ZONE = { x: 70, z: CASSETTE.halfDepthMm + CASSETTE.wallMm, halfWidthMm: 24 }

/** The PBO box around the cassette, its lid hinged at the back and standing open. */
export const PBO = { halfWidthMm: 180, halfDepthMm: 110, heightMm: 70, wallMm: 4 }

/** The subscriber's PTO and the power meter, on the bench to the right of the PBO. */
export const PTO = { at: { x: 320, z: -80 }, portY: 48 }
export const POWER_METER = { at: { x: 320, z: 70 } }

export function insideCassette(point: PointMm, marginMm = 0): boolean {
  return (
    Math.abs(point.x) <= CASSETTE.halfWidthMm - marginMm &&
    Math.abs(point.z) <= CASSETTE.halfDepthMm - marginMm
  )
}

/** Over the sleeves of the holder (a fibre lying here crosses them). */
export function overHolder(point: PointMm, insetMm = 1): boolean {
  return (
    Math.abs(point.x) < HOLDER.halfLengthMm - insetMm && Math.abs(point.z) < HOLDER_HALF_DEPTH_MM - insetMm
  )
}

/** The bench around the PBO: where the tools lie. */
export const BENCH = { minX: -420, maxX: 460, minZ: -190, maxZ: 200 }
export const SIDE_CUTTERS = { at: { x: -290, z: 130 } }
export const LABEL_SHEET = { at: { x: -290, z: -50 } }
/** Height of the bench top: the PBO's base and the tools lie on it. */
export const BENCH_Y = 0

/** Top of the PBO's moulded floor: a tube's end lies on it before it is routed into the cassette. */
export const PBO_FLOOR_Y = BENCH_Y + 3

/**
 * The cable glands in the PBO's front wall (at z = PBO.halfDepthMm): centre x and height of each, and
 * the radius of the cable it seals on. Nearly in line with the entries, so the tube clears the cassette's
 * corner on its way in, and level with the cassette floor, so the tube (or the drop's jacket) runs in flat.
 */
export const GLANDS: Record<CableId, { x: number; y: number; cableRadiusMm: number }> = {
  dist: { x: -141, y: CASSETTE.floorY + 1.5, cableRadiusMm: 6 },
  drop: { x: 141, y: CASSETTE.floorY + 2, cableRadiusMm: 2 },
}
