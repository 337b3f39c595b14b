/**
 * The street cabinet (armoire PM) on its concrete plinth, without its door and drawers: the painted
 * steel shell under a rain roof, and inside the dark back plate, the 19" chassis uprights of the two
 * sides, the guide column with its open rings, a finger guide ("peigne") under every drawer row, the
 * half-moon spools of the slack storage and the cable glands in the floor. Around it the pavement and
 * a rendered building wall behind, so the scene reads as a French street. Fixed pieces that share a
 * material are merged: the whole cabinet and its street cost eight draw calls.
 */
import { use, useMemo } from 'react'
import {
  CatmullRomCurve3,
  CylinderGeometry,
  ExtrudeGeometry,
  PlaneGeometry,
  Shape,
  TorusGeometry,
  TubeGeometry,
  Vector3,
} from 'three'
import type { BufferGeometry } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { fitText } from '../../../src/kit/printedSigns.ts'
import { box, mergeParts, roundedBlock } from '../../../src/kit/geometry.ts'
import type { Part, Vec3 } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { CABINET, COLUMN, DRAWER, SIDES, STORAGE, drawerY, guideAt } from '../layout.ts'
import type { SideId } from '../layout.ts'

const HALF_WIDTH_MM = CABINET.halfWidthMm
const DEPTH_MM = CABINET.depthMm
const BOTTOM_Y = CABINET.plinthMm
const TOP_Y = CABINET.heightMm
const SHELL_HEIGHT_MM = TOP_Y - BOTTOM_Y
const SHELL_CENTRE_Y = (BOTTOM_Y + TOP_Y) / 2
const WALL_MM = 20
const FLOOR_Y = CABINET.inner.minY
const CEILING_Y = CABINET.inner.maxY

/** The rain roof: overhangs the shell on every side, higher at the front so the rain runs off behind. */
const ROOF = { overhangMm: 35, frontZ: 70, gapMm: 12, frontHeightMm: 55, backHeightMm: 30 }
const ROOF_BOTTOM_Y = TOP_Y + ROOF.gapMm
const ROOF_BEVEL_MM = 2
/** The identification plate on the roof's front fascia. */
const PLATE = { widthMm: 380, heightMm: 40, pxPerMm: 3 }

/** The back plate everything is mounted on, and how far forward the mounted parts stand. */
const BACK_PLATE_Z = -428
/** Chassis uprights: a front flange with the 19" square holes the drawers' ears screw onto, and a web. */
const UPRIGHT = { flangeMm: 18, webDepthMm: 300, z: -44, holeMm: 6, holePitchMm: 15.875 }
/**
 * Finger guides hang in front of the drawers' front plates, clear of the closed door's ribs; the fingers'
 * tops stop `topDropMm` under the guide's line, i.e. under the drawer above, which slides out over them.
 */
const FINGERS = { backZ: -40, frontZ: -10, widthMm: 5, heightMm: 12, floorMm: 4, topDropMm: 4 }
/** The column's rings lie flat (cords run up and down through them), open toward the technician. */
const RING = { radiusMm: 28, tubeMm: 4, gapRad: 0.9, z: -40 }
const COLUMN_BAR_Z = -83
/** The storage plate and the depth of the spools standing off it. */
const STORAGE_PLATE_Z = -150
const SPOOL_DEPTH_MM = 100

/** Cables coming up through the floor: x of each gland, the z they rise at, and the sheath radius. */
const ENTRY_CABLES = [
  { x: -450, radiusMm: 13 },
  { x: -385, radiusMm: 10 },
  { x: 385, radiusMm: 13 },
  { x: 450, radiusMm: 10 },
]
const GLAND_Z = -330

/** Street around the cabinet. */
const PAVEMENT = { minX: -3200, maxX: 3200, minZ: -700, maxZ: 1400, tileMm: 400, pxPerMm: 0.32 }
const WALL = { z: -700, widthMm: 7000, heightMm: 4200, baseMm: 550 }

/** The RAL 7035-ish paint the door shares (same arguments, so the same cached material). */
const paint = () => surface('#c6c5b8', { roughness: 0.55, metalness: 0.1, key: 'pm-paint' })

const rangeSteps = (count: number, from: number, step: number) =>
  Array.from({ length: count }, (_, i) => from + i * step)

/** A cylinder part lying along x or z (three's cylinders stand along y). */
function rod(radiusMm: number, lengthMm: number, at: Vec3, along: 'x' | 'y' | 'z', segments = 12): Part {
  const rotation: Vec3 = along === 'x' ? [0, 0, Math.PI / 2] : along === 'z' ? [Math.PI / 2, 0, 0] : [0, 0, 0]
  return { geometry: new CylinderGeometry(radiusMm, radiusMm, lengthMm, segments), at, rotation }
}

/** The lowest drawer row of a side, and the height its chassis stops at (under that row's guide). */
function sideSpanY(side: SideId): { topY: number; bottomY: number } {
  return {
    topY: drawerY(1) + DRAWER.heightMm / 2 + 20,
    bottomY: drawerY(SIDES[side].drawers) - DRAWER.guideDropMm - 24,
  }
}

/** The side's far end and its exit by the column, as x from-to along its finger guide. */
function guideSpan(side: SideId, row: number): { fromX: number; toX: number; y: number } {
  const exit = guideAt(`exit-${side}-${row}`)!
  const farX = side === 'op' ? SIDES.op.minX : SIDES.dist.maxX
  return { fromX: Math.min(farX, exit.x), toX: Math.max(farX, exit.x), y: exit.y }
}

function rows(side: SideId): number[] {
  return Array.from({ length: SIDES[side].drawers }, (_, i) => i + 1)
}

function roofGeometry(): BufferGeometry {
  // Side profile (z, y) extruded across the width.
  const backZ = -DEPTH_MM - ROOF.overhangMm
  const profile = new Shape()
  profile.moveTo(backZ, 0)
  profile.lineTo(ROOF.frontZ, 0)
  profile.lineTo(ROOF.frontZ, ROOF.frontHeightMm)
  profile.lineTo(ROOF.frontZ - 25, ROOF.frontHeightMm + 4)
  profile.lineTo(backZ, ROOF.backHeightMm)
  profile.closePath()
  const widthMm = 2 * (HALF_WIDTH_MM + ROOF.overhangMm)
  const geometry = new ExtrudeGeometry(profile, {
    depth: widthMm - 2 * ROOF_BEVEL_MM,
    bevelEnabled: true,
    bevelThickness: ROOF_BEVEL_MM,
    bevelSize: ROOF_BEVEL_MM,
    bevelSegments: 1,
  })
  // The extrusion runs along +z; turned, it runs along −x, with the profile's x becoming z.
  geometry.rotateY(-Math.PI / 2)
  geometry.translate(widthMm / 2 - ROOF_BEVEL_MM, 0, 0)
  return geometry
}

function paintGeometry(): BufferGeometry {
  const lipMm = CABINET.halfWidthMm - CABINET.inner.maxX - WALL_MM
  const hingeYs = [300, 860, 1420]
  const louvreYs = [...rangeSteps(5, 320, 36), ...rangeSteps(5, 1300, 36)]
  return mergeParts([
    ...[-1, 1].flatMap((sx): Part[] => [
      box(WALL_MM, SHELL_HEIGHT_MM, DEPTH_MM, [
        sx * (HALF_WIDTH_MM - WALL_MM / 2),
        SHELL_CENTRE_Y,
        -DEPTH_MM / 2,
      ]),
      // The front frame's folded lips round the opening, where the door's gasket bears.
      box(lipMm, SHELL_HEIGHT_MM, 20, [sx * (CABINET.inner.maxX + lipMm / 2), SHELL_CENTRE_Y, -10]),
      // Ventilation louvres pressed into both side walls, low and high.
      ...louvreYs.map((y): Part => ({
        geometry: new CylinderGeometry(9, 9, 220, 10, 1, false, 0, Math.PI),
        at: [sx * HALF_WIDTH_MM, y, -DEPTH_MM / 2],
        rotation: [Math.PI / 2, 0, sx > 0 ? 0 : Math.PI],
      })),
    ]),
    box(2 * HALF_WIDTH_MM, TOP_Y - CEILING_Y, DEPTH_MM, [0, (TOP_Y + CEILING_Y) / 2, -DEPTH_MM / 2]),
    box(2 * HALF_WIDTH_MM, FLOOR_Y - BOTTOM_Y, DEPTH_MM, [0, (FLOOR_Y + BOTTOM_Y) / 2, -DEPTH_MM / 2]),
    box(2 * HALF_WIDTH_MM, SHELL_HEIGHT_MM, WALL_MM, [0, SHELL_CENTRE_Y, -DEPTH_MM + WALL_MM / 2]),
    // The roof stands on spacers: the gap under it vents the cabinet in summer sun.
    { geometry: roofGeometry(), at: [0, ROOF_BOTTOM_Y, 0] },
    ...[-1, 1].flatMap((sx) =>
      [-60, -DEPTH_MM + 40].map((z) => box(40, ROOF.gapMm, 40, [sx * (HALF_WIDTH_MM - 30), TOP_Y + 6, z])),
    ),
    // The shell's half of the door hinges, on the left front corner: two knuckles round each door knuckle.
    ...hingeYs.flatMap((y): Part[] => [
      rod(8, 36, [-HALF_WIDTH_MM, y - 44, 27], 'y', 14),
      rod(8, 36, [-HALF_WIDTH_MM, y + 44, 27], 'y', 14),
      box(4, 124, 30, [-HALF_WIDTH_MM - 2, y, 12]),
    ]),
  ])
}

function plinthGeometry(): BufferGeometry {
  return roundedBlock(2 * HALF_WIDTH_MM + 80, BOTTOM_Y, DEPTH_MM + 90, { cornerMm: 8, edgeMm: 4 }).translate(
    0,
    0,
    -DEPTH_MM / 2 + 20,
  )
}

function cableGeometry(): BufferGeometry {
  return mergeParts(
    ENTRY_CABLES.map(({ x, radiusMm }): Part => {
      // Up out of the gland, back against the back plate, and up behind the drawers to the splice trays.
      const backZ = BACK_PLATE_Z + radiusMm + 8
      const curve = new CatmullRomCurve3([
        new Vector3(x, BOTTOM_Y, GLAND_Z),
        new Vector3(x, FLOOR_Y + 90, GLAND_Z),
        new Vector3(x, FLOOR_Y + 170, GLAND_Z - 40),
        new Vector3(x, FLOOR_Y + 260, backZ),
        new Vector3(x, 800, backZ),
        new Vector3(x, CEILING_Y - 20, backZ),
      ])
      return { geometry: new TubeGeometry(curve, 48, radiusMm, 10) }
    }),
  )
}

function darkGeometry(cables: BufferGeometry): BufferGeometry {
  const holes: Part[] = (['op', 'dist'] as SideId[]).flatMap((side) => {
    const { topY, bottomY } = sideSpanY(side)
    const count = Math.floor((topY - bottomY - 10) / UPRIGHT.holePitchMm)
    return [SIDES[side].minX + UPRIGHT.flangeMm / 2, SIDES[side].maxX - UPRIGHT.flangeMm / 2].flatMap((x) =>
      rangeSteps(count, bottomY + 12, UPRIGHT.holePitchMm).map((y) =>
        box(UPRIGHT.holeMm, UPRIGHT.holeMm, 1, [x, y, UPRIGHT.z + 1.6]),
      ),
    )
  })
  return mergeParts([
    box(2 * CABINET.inner.maxX, CEILING_Y - FLOOR_Y, 4, [0, (CEILING_Y + FLOOR_Y) / 2, BACK_PLATE_Z]),
    ...holes,
    { geometry: cables },
  ])
}

function steelGeometry(): BufferGeometry {
  const uprights = (['op', 'dist'] as SideId[]).flatMap((side) => {
    const { topY, bottomY } = sideSpanY(side)
    const lengthMm = topY - bottomY
    const y = (topY + bottomY) / 2
    const { minX, maxX } = SIDES[side]
    return [
      { flangeX: minX + UPRIGHT.flangeMm / 2, webX: minX + 1.5 },
      { flangeX: maxX - UPRIGHT.flangeMm / 2, webX: maxX - 1.5 },
    ].flatMap(({ flangeX, webX }): Part[] => [
      box(UPRIGHT.flangeMm, lengthMm, 3, [flangeX, y, UPRIGHT.z]),
      box(3, lengthMm, UPRIGHT.webDepthMm, [webX, y, UPRIGHT.z - UPRIGHT.webDepthMm / 2]),
    ])
  })
  const columnTopY = drawerY(1) + DRAWER.heightMm / 2
  const columnBottomY = STORAGE.maxY + 30
  const plateWidthMm = STORAGE.maxX - STORAGE.minX
  const plateHeightMm = STORAGE.maxY - STORAGE.minY
  return mergeParts([
    ...uprights,
    // The guide column's bar, standing off the back plate on two brackets.
    box(40, columnTopY - columnBottomY, 6, [COLUMN.x, (columnTopY + columnBottomY) / 2, COLUMN_BAR_Z]),
    ...[columnTopY - 30, columnBottomY + 30].map((y) =>
      box(30, 20, COLUMN_BAR_Z - BACK_PLATE_Z, [COLUMN.x, y, (COLUMN_BAR_Z + BACK_PLATE_Z) / 2]),
    ),
    // The storage plate with folded edges, on standoffs from the back plate.
    box(plateWidthMm, plateHeightMm, 3, [
      STORAGE.centre.x,
      (STORAGE.maxY + STORAGE.minY) / 2,
      STORAGE_PLATE_Z,
    ]),
    ...[STORAGE.minY, STORAGE.maxY].map((y) => box(plateWidthMm, 3, 24, [0, y, STORAGE_PLATE_Z + 12])),
    // Its side brackets run back to the back plate.
    ...[STORAGE.minX + 1.5, STORAGE.maxX - 1.5].map((x) =>
      box(3, plateHeightMm, STORAGE_PLATE_Z - BACK_PLATE_Z, [
        x,
        (STORAGE.maxY + STORAGE.minY) / 2,
        (STORAGE_PLATE_Z + BACK_PLATE_Z) / 2,
      ]),
    ),
    ...ENTRY_CABLES.flatMap(({ x, radiusMm }) => glandParts(x, radiusMm)),
    // Cable clamps holding the incoming cables on the back plate.
    ...ENTRY_CABLES.flatMap(({ x, radiusMm }) =>
      [520, 980, 1380].map((y): Part => ({
        geometry: new CylinderGeometry(radiusMm + 2, radiusMm + 2, 18, 14, 1, true, -Math.PI / 2, Math.PI),
        at: [x, y, BACK_PLATE_Z + radiusMm + 8],
      })),
    ),
  ])
}

/** A half-moon spool: a D whose round side faces outward, so the slack loop runs round both. */
function spoolParts(centreX: number, outward: 1 | -1): Part[] {
  const r = STORAGE.spoolRadiusMm
  const shape = new Shape()
  shape.absarc(0, 0, r, -Math.PI / 2, Math.PI / 2, false)
  shape.lineTo(0, -r)
  const body = new ExtrudeGeometry(shape, {
    depth: SPOOL_DEPTH_MM - 4,
    bevelEnabled: true,
    bevelThickness: 2,
    bevelSize: 2,
    bevelSegments: 2,
    curveSegments: 20,
  })
  const frontZ = STORAGE_PLATE_Z + SPOOL_DEPTH_MM
  // Retaining fingers radiate from the front rim: the loop cannot slip off the spool.
  const fingers = [-60, 0, 60].map((deg): Part => {
    const a = (deg * Math.PI) / 180
    const mid = r + 10
    return {
      geometry: new CylinderGeometry(3, 3, 26, 8),
      at: [centreX + outward * Math.cos(a) * mid, STORAGE.centre.y + Math.sin(a) * mid, frontZ - 4],
      rotation: [0, 0, (outward > 0 ? a : -a) - Math.PI / 2],
    }
  })
  return [
    {
      geometry: body,
      at: [centreX, STORAGE.centre.y, STORAGE_PLATE_Z + 4],
      rotation: [0, 0, outward > 0 ? 0 : Math.PI],
    },
    ...fingers,
  ]
}

/** An open ring of the guide column, flat, with its gap toward the technician and a stem to the bar. */
function ringParts(y: number): Part[] {
  const ring = new TorusGeometry(RING.radiusMm, RING.tubeMm, 8, 28, 2 * Math.PI - RING.gapRad)
  // Turn the gap (the arc's missing end) to +y, then lay the ring flat so +y becomes +z.
  ring.rotateZ(Math.PI / 2 + RING.gapRad / 2)
  ring.rotateX(Math.PI / 2)
  const stemFromZ = RING.z - RING.radiusMm
  return [
    { geometry: ring, at: [COLUMN.x, y, RING.z] },
    box(10, 8, stemFromZ - COLUMN_BAR_Z, [COLUMN.x, y, (stemFromZ + COLUMN_BAR_Z) / 2]),
  ]
}

/** A finger guide under a drawer row: a tray along the row, fingers between the ports, a rounded exit. */
function fingerGuideParts(side: SideId, row: number): Part[] {
  const { fromX, toX, y } = guideSpan(side, row)
  const trayDepthMm = FINGERS.frontZ - FINGERS.backZ
  const trayZ = (FINGERS.frontZ + FINGERS.backZ) / 2
  const floorY = y - FINGERS.topDropMm - FINGERS.heightMm
  const exitX = guideAt(`exit-${side}-${row}`)!.x
  const firstFingerX = SIDES[side].minX + DRAWER.firstPortMm - DRAWER.portPitchMm / 2
  const fingers = rangeSteps(DRAWER.ports + 1, firstFingerX, DRAWER.portPitchMm).map((x) =>
    box(FINGERS.widthMm, FINGERS.heightMm, FINGERS.widthMm, [
      x,
      floorY + FINGERS.heightMm / 2,
      FINGERS.frontZ - FINGERS.widthMm / 2,
    ]),
  )
  return [
    box(toX - fromX, FINGERS.floorMm, trayDepthMm, [(fromX + toX) / 2, floorY - FINGERS.floorMm / 2, trayZ]),
    // The back wall clips onto the uprights.
    box(toX - fromX, FINGERS.heightMm, 3, [
      (fromX + toX) / 2,
      floorY + FINGERS.heightMm / 2,
      FINGERS.backZ + 1.5,
    ]),
    ...fingers,
    // The rounded exit: the cords turn down over it toward the column without a sharp bend.
    rod(10, trayDepthMm, [exitX, floorY - 10, trayZ], 'z', 16),
  ]
}

/** A cable gland in the floor: locknut, hex body, and the domed cap whose seal grips the sheath. */
function glandParts(x: number, cableRadiusMm: number): Part[] {
  return [
    rod(cableRadiusMm + 16, 4, [x, FLOOR_Y + 2, GLAND_Z], 'y', 20),
    rod(cableRadiusMm + 13, 14, [x, FLOOR_Y + 11, GLAND_Z], 'y', 6),
    {
      geometry: new CylinderGeometry(cableRadiusMm + 3, cableRadiusMm + 10, 22, 18),
      at: [x, FLOOR_Y + 29, GLAND_Z],
    },
  ]
}

function plasticGeometry(): BufferGeometry {
  const ringRows = Array.from({ length: COLUMN.rings }, (_, i) => i + 1)
  return mergeParts([
    ...ringRows.flatMap((row) => ringParts(guideAt(`ring-${row}`)!.y)),
    ...rows('op').flatMap((row) => fingerGuideParts('op', row)),
    ...rows('dist').flatMap((row) => fingerGuideParts('dist', row)),
    ...spoolParts(STORAGE.centre.x - STORAGE.spoolGapMm / 2, -1),
    ...spoolParts(STORAGE.centre.x + STORAGE.spoolGapMm / 2, 1),
  ])
}

/** Deterministic noise, so the cached textures look the same on every visit. */
function noise(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
}

function drawPavement(context: CanvasRenderingContext2D, widthPx: number, heightPx: number) {
  const px = PAVEMENT.pxPerMm
  const tilePx = PAVEMENT.tileMm * px
  const random = noise(7)
  context.fillStyle = '#bcbab3'
  context.fillRect(0, 0, widthPx, heightPx)
  // Each slab a slightly different grey, as cast concrete weathers.
  for (let y = 0; y < heightPx; y += tilePx) {
    for (let x = 0; x < widthPx; x += tilePx) {
      const shade = 176 + Math.round(random() * 22)
      context.fillStyle = `rgb(${shade}, ${shade - 1}, ${shade - 6})`
      context.fillRect(x, y, tilePx, tilePx)
    }
  }
  for (let i = 0; i < 9000; i++) {
    context.fillStyle = random() > 0.5 ? 'rgba(255, 255, 255, 0.08)' : 'rgba(0, 0, 0, 0.07)'
    context.fillRect(random() * widthPx, random() * heightPx, 1.5, 1.5)
  }
  context.strokeStyle = '#8d8b85'
  context.lineWidth = 2
  for (let x = 0; x <= widthPx; x += tilePx) {
    context.beginPath()
    context.moveTo(x, 0)
    context.lineTo(x, heightPx)
    context.stroke()
  }
  for (let y = 0; y <= heightPx; y += tilePx) {
    context.beginPath()
    context.moveTo(0, y)
    context.lineTo(widthPx, y)
    context.stroke()
  }
  // Contact shadows (the scene has no shadow maps): round the plinth, and along the wall's foot.
  const toX = (mm: number) => (mm - PAVEMENT.minX) * px
  const toY = (mm: number) => (mm - PAVEMENT.minZ) * px
  context.save()
  context.fillStyle = 'rgba(40, 38, 34, 0.55)'
  context.shadowColor = 'rgba(40, 38, 34, 0.7)'
  context.shadowBlur = 26
  context.fillRect(
    toX(-HALF_WIDTH_MM - 50),
    toY(-DEPTH_MM - 40),
    2 * (HALF_WIDTH_MM + 50) * px,
    (DEPTH_MM + 100) * px,
  )
  context.restore()
  const wallShade = context.createLinearGradient(0, 0, 0, 160 * px)
  wallShade.addColorStop(0, 'rgba(40, 38, 34, 0.35)')
  wallShade.addColorStop(1, 'rgba(40, 38, 34, 0)')
  context.fillStyle = wallShade
  context.fillRect(0, 0, widthPx, 160 * px)
}

function drawWall(context: CanvasRenderingContext2D, widthPx: number, heightPx: number) {
  const random = noise(11)
  context.fillStyle = '#ddd5c6'
  context.fillRect(0, 0, widthPx, heightPx)
  // The render's grain and a few rain streaks.
  for (let i = 0; i < 14000; i++) {
    context.fillStyle = random() > 0.5 ? 'rgba(255, 255, 255, 0.10)' : 'rgba(90, 80, 60, 0.08)'
    context.fillRect(random() * widthPx, random() * heightPx, 1, 1)
  }
  const baseTopPx = heightPx * (1 - WALL.baseMm / WALL.heightMm)
  // The stone-grey base course along the pavement (soubassement), under a drip line.
  context.fillStyle = '#a9a59c'
  context.fillRect(0, baseTopPx, widthPx, heightPx - baseTopPx)
  for (let i = 0; i < 3000; i++) {
    context.fillStyle = random() > 0.5 ? 'rgba(255, 255, 255, 0.09)' : 'rgba(0, 0, 0, 0.08)'
    context.fillRect(random() * widthPx, baseTopPx + random() * (heightPx - baseTopPx), 1, 1)
  }
  context.fillStyle = '#8f8b83'
  context.fillRect(0, baseTopPx - 3, widthPx, 4)
}

function drawPlate(context: CanvasRenderingContext2D, widthPx: number, heightPx: number, pmId: string) {
  context.fillStyle = '#f4f3ee'
  context.fillRect(0, 0, widthPx, heightPx)
  context.fillStyle = '#1c4f9c'
  context.fillRect(0, 0, heightPx * 1.1, heightPx)
  context.fillStyle = '#ffffff'
  context.font = `700 ${Math.round(heightPx * 0.5)}px ${PRINT_FONT}`
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.fillText('PM', heightPx * 0.55, heightPx * 0.53)
  context.fillStyle = '#15181b'
  context.textAlign = 'left'
  const textX = heightPx * 1.1 + 14
  fitText(context, pmId, textX, heightPx * 0.36, widthPx - textX - 12, Math.round(heightPx * 0.46), 700)
  context.fillStyle = '#3b4046'
  fitText(
    context,
    'Point de mutualisation',
    textX,
    heightPx * 0.78,
    widthPx - textX - 12,
    Math.round(heightPx * 0.27),
    400,
  )
  context.strokeStyle = '#55595e'
  context.lineWidth = 3
  context.strokeRect(1.5, 1.5, widthPx - 3, heightPx - 3)
}

/** A plane whose texture coordinates are scaled, so a repeating texture tiles at its real size. */
function groundGeometry(): BufferGeometry {
  const widthMm = PAVEMENT.maxX - PAVEMENT.minX
  const depthMm = PAVEMENT.maxZ - PAVEMENT.minZ
  return new PlaneGeometry(widthMm, depthMm)
    .rotateX(-Math.PI / 2)
    .translate((PAVEMENT.minX + PAVEMENT.maxX) / 2, 0, (PAVEMENT.minZ + PAVEMENT.maxZ) / 2)
}

export function Cabinet({ pmId }: { pmId: string }) {
  use(printFontReady())
  const shell = useGeometry(paintGeometry, [])
  const plinth = useGeometry(plinthGeometry, [])
  const dark = useGeometry(() => darkGeometry(cableGeometry()), [])
  const steel = useGeometry(steelGeometry, [])
  const plastic = useGeometry(plasticGeometry, [])
  const ground = useGeometry(groundGeometry, [])
  const materials = useMemo(() => {
    const pavementWidthPx = Math.round((PAVEMENT.maxX - PAVEMENT.minX) * PAVEMENT.pxPerMm)
    const pavementHeightPx = Math.round((PAVEMENT.maxZ - PAVEMENT.minZ) * PAVEMENT.pxPerMm)
    const pavement = canvasTexture('pm-pavement', pavementWidthPx, pavementHeightPx, (context) =>
      drawPavement(context, pavementWidthPx, pavementHeightPx),
    )
    const wall = canvasTexture('pm-wall', 1400, 840, (context) => drawWall(context, 1400, 840))
    return {
      pavement: surface('#ffffff', { roughness: 0.95, map: pavement, key: 'pm-pavement' }),
      wall: surface('#ffffff', { roughness: 0.95, map: wall, key: 'pm-wall' }),
    }
  }, [])
  const plate = useMemo(() => {
    const widthPx = PLATE.widthMm * PLATE.pxPerMm
    const heightPx = PLATE.heightMm * PLATE.pxPerMm
    const texture = canvasTexture(`pm-plate|${pmId}`, widthPx, heightPx, (context) =>
      drawPlate(context, widthPx, heightPx, pmId),
    )
    return surface('#ffffff', { roughness: 0.4, map: texture, key: 'pm-plate' })
  }, [pmId])
  return (
    <group>
      <mesh geometry={ground} material={materials.pavement} />
      <mesh position={[0, WALL.heightMm / 2, WALL.z]} material={materials.wall}>
        <planeGeometry args={[WALL.widthMm, WALL.heightMm]} />
      </mesh>
      <mesh geometry={plinth} material={surface('#a8a59c', { roughness: 0.95, key: 'pm-concrete' })} />
      <mesh geometry={shell} material={paint()} />
      <mesh geometry={dark} material={surface('#24272a', { roughness: 0.7, key: 'pm-dark' })} />
      <mesh
        geometry={steel}
        material={surface('#b4b9bc', { roughness: 0.4, metalness: 0.3, key: 'pm-zinc' })}
      />
      <mesh geometry={plastic} material={surface('#d9d9d4', { roughness: 0.5, key: 'pm-plastic' })} />
      <mesh
        position={[0, ROOF_BOTTOM_Y + ROOF.frontHeightMm / 2, ROOF.frontZ + ROOF_BEVEL_MM + 0.6]}
        material={plate}
      >
        <planeGeometry args={[PLATE.widthMm, PLATE.heightMm]} />
      </mesh>
    </group>
  )
}
