/**
 * The street cabinet (armoire PM) and what stands beside it, in millimetres (the scene's 3D unit): x to
 * the right, y up from the pavement, z toward the technician; the cabinet's front opening is the plane
 * z = 0. Pure geometry shared by the model (how long a cord's route through the guides is), the View,
 * the keyboard overlay and the tests.
 *
 * The layout follows the usual PM: operator drawers (splitter outputs, "coupleurs") on the left, the
 * subscribers' distribution drawers on the right, a vertical guide column between them with one ring
 * per drawer row, and the storage for cord slack ("lovage") under the drawers (Objectif Fibre,
 * docs/reference/domain-procedures.md §6a).
 */
export type PointMm = { x: number; y: number }
export type SideId = 'op' | 'dist'

export const CABINET = {
  halfWidthMm: 600,
  heightMm: 1600,
  depthMm: 450,
  /** The concrete plinth the cabinet stands on. */
  plinthMm: 120,
  /** Inside of the frame. */
  inner: { minX: -565, maxX: 565, minY: 150, maxY: 1560 },
}

/** One door, hinged on the left, with a triangular-key lock on its right edge. */
export const DOOR = {
  hingeX: -600,
  widthMm: 1200,
  bottomY: 130,
  heightMm: 1450,
  thicknessMm: 24,
  /** The door swings out to this angle when opened. */
  openDeg: 105,
  lock: { x: 530, y: 930 },
}

/** Drawers: 2U trays that slide out toward the technician; the ports face front on the tray's plate. */
export const DRAWER = {
  heightMm: 88,
  depthMm: 320,
  /** Front plate of a pushed-in drawer, and how far a drawer slides out. */
  frontZ: -40,
  travelMm: 200,
  ports: 12,
  portPitchMm: 34,
  firstPortMm: 45,
  /** Rows: the top drawer's centre height and the pitch between rows (same on both sides). */
  topY: 1480,
  rowPitchMm: 110,
  /** The finger guide a drawer's cords drop into runs this far under the drawer's centre. */
  guideDropMm: 40,
}

export const SIDES: Record<SideId, { minX: number; maxX: number; drawers: number }> = {
  op: { minX: -545, maxX: -85, drawers: 4 },
  dist: { minX: 85, maxX: 545, drawers: 6 },
}

/** The vertical guide column between the two sides: one ring per drawer row. */
export const COLUMN = { x: 0, rings: SIDES.dist.drawers }

/** Slack storage under the drawers: two half-moon spools the excess is wound round. */
export const STORAGE = {
  centre: { x: 0, y: 520 },
  spoolRadiusMm: 60,
  spoolGapMm: 260,
  /** Region a dropped slack loop must land in. */
  minX: -300,
  maxX: 300,
  minY: 330,
  maxY: 720,
}

export type DrawerId = `${SideId}-${number}`
export type PortId = `${DrawerId}:${number}`

export const drawerY = (row: number): number => DRAWER.topY - (row - 1) * DRAWER.rowPitchMm

export function drawerIds(side: SideId): DrawerId[] {
  return Array.from({ length: SIDES[side].drawers }, (_, i) => `${side}-${i + 1}` as DrawerId)
}

export const ALL_DRAWERS: DrawerId[] = [...drawerIds('op'), ...drawerIds('dist')]

export function parseDrawer(id: string): { side: SideId; row: number } | null {
  const match = /^(op|dist)-(\d+)$/.exec(id)
  if (!match) return null
  const side = match[1] as SideId
  const row = Number(match[2])
  return row >= 1 && row <= SIDES[side].drawers ? { side, row } : null
}

export function parsePort(id: string): { drawer: DrawerId; side: SideId; row: number; port: number } | null {
  const [drawer, port] = id.split(':')
  const parsed = parseDrawer(drawer ?? '')
  const n = Number(port)
  if (!parsed || !Number.isInteger(n) || n < 1 || n > DRAWER.ports) return null
  return { drawer: drawer as DrawerId, ...parsed, port: n }
}

export const portId = (drawer: DrawerId, port: number): PortId => `${drawer}:${port}`

/** A port's centre on its drawer's front plate, in the cabinet's front plane. */
export function portAt(id: PortId): PointMm {
  const p = parsePort(id)
  if (!p) throw new Error(`Unknown port ${id}`)
  return {
    x: SIDES[p.side].minX + DRAWER.firstPortMm + (p.port - 1) * DRAWER.portPitchMm,
    y: drawerY(p.row) + 8,
  }
}

/**
 * Guide nodes a cord can pass through: each drawer's finger guide ends by the column ("exit"), and the
 * column's rings. Ids: `exit-op-2`, `ring-3`.
 */
export type GuideId = string

export function guideAt(id: GuideId): PointMm | null {
  const exit = /^exit-(op|dist)-(\d+)$/.exec(id)
  if (exit) {
    const parsed = parseDrawer(`${exit[1]}-${exit[2]}`)
    if (!parsed) return null
    const x = parsed.side === 'op' ? SIDES.op.maxX + 20 : SIDES.dist.minX - 20
    return { x, y: drawerY(parsed.row) - DRAWER.guideDropMm }
  }
  const ring = /^ring-(\d+)$/.exec(id)
  if (ring) {
    const row = Number(ring[1])
    return row >= 1 && row <= COLUMN.rings ? { x: COLUMN.x, y: drawerY(row) - DRAWER.guideDropMm } : null
  }
  return null
}

export const ALL_GUIDES: GuideId[] = [
  ...drawerIds('op').map((d) => `exit-${d}`),
  ...drawerIds('dist').map((d) => `exit-${d}`),
  ...Array.from({ length: COLUMN.rings }, (_, i) => `ring-${i + 1}`),
]

/** Whether a cord may run straight from guide `a` to guide `b` (a drawer's exit to its row's ring, ring to ring). */
export function guidesLinked(a: GuideId, b: GuideId): boolean {
  const ring = (id: GuideId) => Number(/^ring-(\d+)$/.exec(id)?.[1] ?? NaN)
  const exitRow = (id: GuideId) => Number(/^exit-(?:op|dist)-(\d+)$/.exec(id)?.[1] ?? NaN)
  if (Number.isFinite(ring(a)) && Number.isFinite(ring(b))) return Math.abs(ring(a) - ring(b)) === 1
  if (Number.isFinite(ring(a)) && Number.isFinite(exitRow(b))) return ring(a) === exitRow(b)
  if (Number.isFinite(exitRow(a)) && Number.isFinite(ring(b))) return exitRow(a) === ring(b)
  return false
}

/** A port's own drawer's exit: the first guide a cord leaving that port must take. */
export function exitOf(port: PortId): GuideId {
  return `exit-${parsePort(port)!.drawer}`
}

const distance = (a: PointMm, b: PointMm) => Math.hypot(a.x - b.x, a.y - b.y)

/**
 * The cord's path from port `a` through `via` to port `b`: straight runs between points, plus the drop
 * from each port into its drawer's finger guide. Length in mm, and whether every run lies in a guide.
 */
export function routeOf(
  a: PortId,
  via: readonly GuideId[],
  b: PortId,
): { lengthMm: number; inGuides: boolean } {
  const points = [portAt(a), ...via.map((g) => guideAt(g)), portAt(b)]
  if (points.some((p) => p === null)) return { lengthMm: Number.NaN, inGuides: false }
  const placed = points as PointMm[]
  let lengthMm = 0
  for (let i = 1; i < placed.length; i++) lengthMm += distance(placed[i - 1]!, placed[i]!)
  const inGuides =
    via.length >= 2 &&
    via[0] === exitOf(a) &&
    via[via.length - 1] === exitOf(b) &&
    via.every((g, i) => i === 0 || guidesLinked(via[i - 1]!, g))
  return { lengthMm, inGuides }
}

/** The shortest route through the guides between two ports: exit, the column's rings, exit. */
export function guideRoute(a: PortId, b: PortId): GuideId[] {
  const ra = parsePort(a)!.row
  const rb = parsePort(b)!.row
  const step = rb >= ra ? 1 : -1
  const rings: GuideId[] = []
  for (let r = ra; r !== rb + step; r += step) rings.push(`ring-${r}`)
  return [exitOf(a), ...rings, exitOf(b)]
}

/**
 * Beside the cabinet, on its right (the door swings open to the left): a stand with hooks where the
 * patch cords ("jarretières") of each length hang, and the technician's kit case with the label
 * printer and the phone (the camera for the before/after photos) on its lid.
 */
export const CORD_RACK = { x: 900, z: -80, hookY: 1080, hookPitchMm: 70, hooks: 6 }
export const KIT_CASE = { x: 880, z: 260, widthMm: 460, depthMm: 300, heightMm: 420 }
export const PRINTER_AT = { x: 820, y: KIT_CASE.heightMm, z: 260 }
export const PHONE_AT = { x: 1010, y: KIT_CASE.heightMm, z: 280 }
