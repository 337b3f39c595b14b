/**
 * The empty 42U server rack the technician equips: a 600 × 1000 × 2050 mm four-post rack of black
 * powder-coated steel, doors removed, side panels on, as found in colocation halls. Corner posts, top
 * and bottom frames, a roof with a brush-strip cable entry, a base frame on four castors with four
 * threaded levelling feet; inside, the four zinc-plated EIA-310 rails with their square holes (one
 * instanced mesh for the 504 holes) and their printed U scale. Around the rails: vertical finger ducts at
 * the front, lacing bars at the rear, the two 0U PDUs (feed A red, feed B blue) with their C13 outlets
 * and ammeters, and the ESD earthing jack. The anti-tip stabiliser is its own component below. Every
 * print shares one canvas atlas and pieces sharing a material are merged: the rack costs nine draw calls
 * and the stabiliser one, two once fitted (its bolts).
 */
import { use, useLayoutEffect, useMemo, useRef } from 'react'
import {
  BoxGeometry,
  CatmullRomCurve3,
  CylinderGeometry,
  ExtrudeGeometry,
  MathUtils,
  Matrix4,
  Path,
  PlaneGeometry,
  Shape,
  TubeGeometry,
  Vector3,
} from 'three'
import type { BufferGeometry, InstancedMesh, MeshStandardMaterial } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { box, mergeParts, roundedRectPath } from '../../../src/kit/geometry.ts'
import type { AtlasRect, Part, Vec3 } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { fitText } from '../../../src/kit/printedSigns.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import {
  ESD_JACK,
  FEET,
  MANAGER,
  PDU,
  RACK,
  RAILS,
  RAIL_SIDE,
  RAIL_Z,
  SQUARE_HOLE_MM,
  STABILISER,
  U_MM,
  holeY,
  outletY,
  uBottomY,
} from '../layout.ts'
import type { PduId, RailId } from '../layout.ts'

const HALF_WIDTH_MM = RACK.widthMm / 2
const HALF_DEPTH_MM = RACK.depthMm / 2
/**
 * Corner posts: folded-steel profiles, narrow seen from the front or the rear (so the ESD jack, the ducts
 * and the PDUs behind them stay in sight) and deep along the sides.
 */
const POST = { faceMm: 10, depthMm: 38 }
const POST_INNER_X = HALF_WIDTH_MM - POST.faceMm
const POST_INNER_Z = HALF_DEPTH_MM - POST.depthMm
/** The base frame's channels (front, rear, sides, and two cross members the castors bolt under). */
const BASE = { bottomY: 100, topY: RACK.u1BottomY, beamMm: 40, crossMm: 50, gussetMm: 60 }
const ROOF_MM = 3
const FRAME_TOP_Y = RACK.heightMm - ROOF_MM
/** The top frame starts just above U42's top edge; the rails run from the base frame up to it. */
const TOP_FRAME_Y = uBottomY(RACK.units + 1) + 2
/** Depth supports the rails bolt onto, along each side at the bottom and the top. */
const SUPPORT = { innerX: 222, outerX: HALF_WIDTH_MM - BASE.beamMm, heightMm: 15 }
/** The rails: 2 mm zinc-plated sheet folded into the mounting flange, an inner return, a web and a lip. */
const RAIL = { sheetMm: 2, returnMm: 10, webMm: 45, lipMm: 14 }
/**
 * Side panels hang on the frame's outside between the top and base frames, split in two at mid height
 * like most 42U racks, over a dark seal strip.
 */
const PANEL = { thicknessMm: 3, splitY: 1075, gapMm: 2, sealMm: 12 }
/** The cable-entry slot at the back of the roof, closed by a brush strip. */
const BRUSH = { halfWidthMm: 200, frontZ: -350, backZ: -430, trimMm: 6 }
/** Castors under the cross members; their top plate sits under the base frame when the rack rolls. */
const CASTOR = { x: 220, z: 330, wheelRadiusMm: 36, wheelWidthMm: 24, plateMm: 46, trailMm: 18 }
/** Levelling foot: rubber-soled pad, ball boss, the hex the wrench turns, then the threaded stem. */
const FOOT = {
  padRadiusMm: 30,
  padMm: 10,
  bossMm: 6,
  nutRadiusMm: 14,
  nutMm: 12,
  rodRadiusMm: 8,
  rodMm: 110,
}
const FOOT_NUT_TOP_MM = FOOT.padMm + FOOT.bossMm + FOOT.nutMm
/** Feet in the corners, inset FEET.insetMm: front-left, front-right, rear-left, rear-right. */
const FEET_XZ: Array<[number, number]> = [
  [-(HALF_WIDTH_MM - FEET.insetMm), HALF_DEPTH_MM - FEET.insetMm],
  [HALF_WIDTH_MM - FEET.insetMm, HALF_DEPTH_MM - FEET.insetMm],
  [-(HALF_WIDTH_MM - FEET.insetMm), -(HALF_DEPTH_MM - FEET.insetMm)],
  [HALF_WIDTH_MM - FEET.insetMm, -(HALF_DEPTH_MM - FEET.insetMm)],
]
/**
 * Front finger ducts: a back plate in the rails' plane, a short outer wall, and a finger at every U
 * boundary on the rail side, its tip bent outward to hold the cords running up the channel.
 */
const DUCT = {
  innerX: MANAGER.x - MANAGER.widthMm / 2 + 2.5,
  outerX: MANAGER.x + MANAGER.widthMm / 2 - 0.5,
  plateMm: 3,
  wallFrontZ: 410,
  fingerWidthMm: 14,
  fingerMm: 5,
  lipWidthMm: 26,
  lipMm: 3,
  tipZ: HALF_DEPTH_MM - 42,
}
/**
 * The ESD plate, screwed on a bracket off the left duct's outer wall, clear of the post in front; the
 * socket is in its lower part, a little toward the post.
 */
const ESD_PLATE = {
  widthMm: 22,
  heightMm: 80,
  belowJackMm: 22,
  jackOffsetMm: -3,
  thicknessMm: 1.5,
  socketMm: 7,
}
const ESD_PLATE_X = ESD_JACK.x - ESD_PLATE.jackOffsetMm
/**
 * Rear lacing bars: flat bars bolted behind the rear rails, just outside their flanges (clear of the U
 * scale and in front of the PDUs), with a tie tab toward the rear aisle every other U.
 */
const LACING = { x: 256, widthMm: 6, thicknessMm: 3, z: RACK.rearRailZ - 14, tabMm: 8 }
/** The 0U PDUs: extruded aluminium body behind a black outlet carrier whose face is PDU.z + 3. */
const PDU_BODY = {
  widthMm: 42,
  depthMm: 38,
  bottomY: outletY(PDU.outlets) - 70,
  topY: PDU.topOutletY + 170,
  capMm: 18,
  carrierWidthMm: 38,
  carrierMm: 2,
  lcdY: PDU.topOutletY + 120,
  labelY: PDU.topOutletY + 62,
}
const PDU_FACE_Z = PDU.z + 3
/** C13 outlet: a square surround with the keyed recess, and the contact block with its three slots. */
const C13 = { surroundWMm: 32, surroundHMm: 24, recessWMm: 27, recessHMm: 19, blockWMm: 23, blockHMm: 15 }
/** Prints stand this far off their surface: enough to win the depth test at the camera's distances. */
const PROUD_MM = 0.5

// --- The print atlas: U scale tiles, name label, ESD plate, PDU labels, outlet numbers, brush, flat colours.

const ATLAS = { widthPx: 2048, heightPx: 1024 }
const U_TILE = { widthMm: 11, widthPx: 66, heightPx: Math.round(U_MM * 6), perRow: 21 }
const NAME_LABEL = { widthMm: 120, heightMm: 20, xPx: 0, yPx: 560, pxPerMm: 8 }
const ESD_PX = { xPx: 1400, yPx: 0, pxPerMm: 6 }
const PDU_LABEL = { widthMm: 30, heightMm: 22, yPx: 560, pxPerMm: 8, xPx: { A: 1000, B: 1260 } }
const OUTLET_NUMBER = { widthMm: 12, heightMm: 9, yPx: 750, pxPerMm: 8 }
const BRUSH_PX = { xPx: 0, yPx: 840, widthPx: 1600, heightPx: 100 }
const PATCH = { yPx: 960, sizePx: 56, pitchPx: 64 }
/** Flat colours on the atlas, for parts that only need a colour but share the printed material. */
const PATCHES = {
  carrier: '#161616',
  earthGreen: '#1f8a3a',
  red: '#c62828',
  blue: '#1e5bb8',
  c13Surround: '#1d1d1d',
  c13Block: '#2b2b2b',
  slot: '#040404',
}
type PatchId = keyof typeof PATCHES

const toRect = (xPx: number, yPx: number, widthPx: number, heightPx: number): AtlasRect => [
  xPx / ATLAS.widthPx,
  yPx / ATLAS.heightPx,
  (xPx + widthPx) / ATLAS.widthPx,
  (yPx + heightPx) / ATLAS.heightPx,
]

function uTileXY(u: number): [number, number] {
  const i = u - 1
  return [(i % U_TILE.perRow) * U_TILE.widthPx, Math.floor(i / U_TILE.perRow) * U_TILE.heightPx]
}

function patchRect(id: PatchId): AtlasRect {
  const i = Object.keys(PATCHES).indexOf(id)
  const x = i * PATCH.pitchPx + PATCH.sizePx / 2
  const y = PATCH.yPx + PATCH.sizePx / 2
  return toRect(x - 2, y - 2, 4, 4)
}

const ESD_RECT = toRect(
  ESD_PX.xPx,
  ESD_PX.yPx,
  ESD_PLATE.widthMm * ESD_PX.pxPerMm,
  ESD_PLATE.heightMm * ESD_PX.pxPerMm,
)
const NAME_RECT = toRect(
  NAME_LABEL.xPx,
  NAME_LABEL.yPx,
  NAME_LABEL.widthMm * NAME_LABEL.pxPerMm,
  NAME_LABEL.heightMm * NAME_LABEL.pxPerMm,
)
const pduLabelRect = (pdu: PduId) =>
  toRect(
    PDU_LABEL.xPx[pdu],
    PDU_LABEL.yPx,
    PDU_LABEL.widthMm * PDU_LABEL.pxPerMm,
    PDU_LABEL.heightMm * PDU_LABEL.pxPerMm,
  )
const outletNumberRect = (outlet: number) => {
  const widthPx = OUTLET_NUMBER.widthMm * OUTLET_NUMBER.pxPerMm
  return toRect(
    (outlet - 1) * widthPx,
    OUTLET_NUMBER.yPx,
    widthPx,
    OUTLET_NUMBER.heightMm * OUTLET_NUMBER.pxPerMm,
  )
}

// --- Exported points -------------------------------------------------------------------------------------

/** Where a wrist strap's banana plug is pushed in: the mouth of the ESD socket. */
export const ESD_JACK_POINT: Vec3 = [ESD_JACK.x, ESD_JACK.y, ESD_JACK.z + ESD_PLATE.socketMm]

/** On the front-right finger duct at mid height, in the channel: where a hook-and-loop strap goes. */
export const MANAGER_POINT: Vec3 = [MANAGER.x, uBottomY(22), (DUCT.wallFrontZ + DUCT.tipZ) / 2]

/** Where a C14 plug's tip enters a PDU outlet: the face of the outlet, facing the rear aisle (-z). */
export function outletPoint(pdu: PduId, outlet: number): Vec3 {
  return [PDU.x[pdu], outletY(outlet), PDU.z]
}

/** Bottom of the feet's pads: on the floor when lowered, FEET.travelMm up when the rack rolls. */
const padBottomY = (feetLowered: boolean) => (feetLowered ? 0 : FEET.travelMm)

/**
 * Top of a levelling foot's adjusting hex, where the wrench goes: feet 0 front-left, 1 front-right,
 * 2 rear-left, 3 rear-right. The hex travels with the foot: FEET.travelMm lower once lowered.
 */
export function footPoint(index: number, feetLowered = false): Vec3 {
  const [x, z] = FEET_XZ[Math.min(3, Math.max(0, Math.round(index)))]!
  return [x, padBottomY(feetLowered) + FOOT_NUT_TOP_MM, z]
}

// --- Part helpers -----------------------------------------------------------------------------------------

/** Turns that lay three's upright cylinder along each axis. */
const AXIS_TURN: Record<'x' | 'y' | 'z', Vec3> = {
  x: [0, 0, Math.PI / 2],
  y: [0, 0, 0],
  z: [Math.PI / 2, 0, 0],
}

/** A round (or, with six segments, hexagonal) part along an axis: stems, nuts, wheels, sockets. */
function cylinder(radiusMm: number, lengthMm: number, at: Vec3, axis: 'x' | 'y' | 'z', segments = 12): Part {
  return {
    geometry: new CylinderGeometry(radiusMm, radiusMm, lengthMm, segments),
    at,
    rotation: AXIS_TURN[axis],
  }
}

/** Maps every vertex of a geometry to one flat colour of the atlas. */
function painted(part: Part, id: PatchId): Part {
  const [left, top, right, bottom] = patchRect(id)
  const uv = part.geometry.getAttribute('uv')
  for (let v = 0; v < uv.count; v++) uv.setXY(v, (left + right) / 2, 1 - (top + bottom) / 2)
  return part
}

/** A flat print facing +z ('front'), -z ('back') or +y ('up'), showing one area of the atlas. */
function printed(
  widthMm: number,
  heightMm: number,
  rect: AtlasRect,
  at: Vec3,
  facing: 'front' | 'back' | 'up',
): Part {
  const geometry = new PlaneGeometry(widthMm, heightMm)
  const [left, top, right, bottom] = rect
  const uv = geometry.getAttribute('uv')
  for (let v = 0; v < uv.count; v++) {
    // Canvas textures are flipped: v = 1 is the canvas's top row.
    uv.setXY(v, left + uv.getX(v) * (right - left), 1 - bottom + uv.getY(v) * (bottom - top))
  }
  const rotation: Vec3 =
    facing === 'back' ? [0, Math.PI, 0] : facing === 'up' ? [-Math.PI / 2, 0, 0] : [0, 0, 0]
  return { geometry, at, rotation }
}

const sideSign = (rail: RailId) => (RAIL_SIDE[rail] === 'left' ? -1 : 1)
/** From a rail's mounting face into the rack: -z for the front rails, +z for the rear ones. */
const inward = (rail: RailId) => (rail.startsWith('f') ? -1 : 1)

// --- Geometries -------------------------------------------------------------------------------------------

function steelGeometry(): BufferGeometry {
  const postHeightMm = FRAME_TOP_Y - BASE.bottomY
  const topHeightMm = FRAME_TOP_Y - TOP_FRAME_Y
  const topY = (FRAME_TOP_Y + TOP_FRAME_Y) / 2
  const baseHeightMm = BASE.topY - BASE.bottomY
  const baseY = (BASE.topY + BASE.bottomY) / 2
  const supportX = (SUPPORT.innerX + SUPPORT.outerX) / 2
  const supportWidthMm = SUPPORT.outerX - SUPPORT.innerX
  const roofY = RACK.heightMm - ROOF_MM / 2
  const brushDepthMm = BRUSH.frontZ - BRUSH.backZ
  const railSpanMm = TOP_FRAME_Y - BASE.topY
  const railMidY = (TOP_FRAME_Y + BASE.topY) / 2
  const plateBottomY = ESD_JACK.y - ESD_PLATE.belowJackMm
  const bracketDepthMm = ESD_JACK.z - PROUD_MM - ESD_PLATE.thicknessMm - DUCT.wallFrontZ
  const sides = [-1, 1]
  return mergeParts([
    ...sides.flatMap((sx) =>
      sides.map((sz) =>
        box(POST.faceMm, postHeightMm, POST.depthMm, [
          sx * (HALF_WIDTH_MM - POST.faceMm / 2),
          BASE.bottomY + postHeightMm / 2,
          sz * (HALF_DEPTH_MM - POST.depthMm / 2),
        ]),
      ),
    ),
    // Top frame: front and rear members (the rack's name label is on the front one), then the sides.
    ...sides.map((sz) =>
      box(2 * POST_INNER_X, topHeightMm, POST.depthMm, [0, topY, sz * (HALF_DEPTH_MM - POST.depthMm / 2)]),
    ),
    ...sides.map((sx) =>
      box(BASE.beamMm, topHeightMm, 2 * POST_INNER_Z, [sx * (HALF_WIDTH_MM - BASE.beamMm / 2), topY, 0]),
    ),
    // Base frame channels, the castors' cross members and the corner gussets the feet screw through.
    ...sides.map((sz) =>
      box(2 * POST_INNER_X, baseHeightMm, BASE.beamMm, [0, baseY, sz * (HALF_DEPTH_MM - BASE.beamMm / 2)]),
    ),
    ...sides.map((sx) =>
      box(BASE.beamMm, baseHeightMm, 2 * POST_INNER_Z, [sx * (HALF_WIDTH_MM - BASE.beamMm / 2), baseY, 0]),
    ),
    ...sides.map((sz) =>
      box(2 * (HALF_WIDTH_MM - BASE.beamMm), baseHeightMm, BASE.crossMm, [0, baseY, sz * CASTOR.z]),
    ),
    ...FEET_XZ.flatMap(([x, z]): Part[] => [
      box(BASE.gussetMm, 6, BASE.gussetMm, [
        Math.sign(x) * (HALF_WIDTH_MM - BASE.beamMm - BASE.gussetMm / 2),
        BASE.bottomY + 3,
        Math.sign(z) * (HALF_DEPTH_MM - BASE.beamMm - BASE.gussetMm / 2),
      ]),
      // The nut welded under the gusset: the foot's stem runs through it.
      cylinder(FOOT.nutRadiusMm, 12, [x, BASE.bottomY - 6, z], 'y', 6),
    ]),
    // Depth supports the rails are bolted to, bottom and top, each side.
    ...sides.flatMap((sx) => [
      box(supportWidthMm, SUPPORT.heightMm, 2 * POST_INNER_Z, [
        sx * supportX,
        BASE.topY - SUPPORT.heightMm / 2,
        0,
      ]),
      box(supportWidthMm, SUPPORT.heightMm, 2 * POST_INNER_Z, [
        sx * supportX,
        TOP_FRAME_Y + SUPPORT.heightMm / 2,
        0,
      ]),
    ]),
    // Roof plate round the brush slot.
    box(RACK.widthMm, ROOF_MM, HALF_DEPTH_MM - BRUSH.frontZ, [0, roofY, (HALF_DEPTH_MM + BRUSH.frontZ) / 2]),
    box(RACK.widthMm, ROOF_MM, BRUSH.backZ + HALF_DEPTH_MM, [0, roofY, (BRUSH.backZ - HALF_DEPTH_MM) / 2]),
    ...sides.map((sx) =>
      box(HALF_WIDTH_MM - BRUSH.halfWidthMm, ROOF_MM, brushDepthMm, [
        sx * (HALF_WIDTH_MM + BRUSH.halfWidthMm) * 0.5,
        roofY,
        (BRUSH.frontZ + BRUSH.backZ) / 2,
      ]),
    ),
    // Rear lacing bars and their tie tabs, every other U.
    ...sides.flatMap((sx) => [
      box(LACING.widthMm, railSpanMm, LACING.thicknessMm, [sx * LACING.x, railMidY, LACING.z]),
      box(2, railSpanMm, RACK.rearRailZ - LACING.z, [
        sx * (RACK.railOuterX + 2),
        railMidY,
        (RACK.rearRailZ + LACING.z) / 2,
      ]),
      ...Array.from({ length: RACK.units / 2 }, (_, i) =>
        box(6, 8, LACING.tabMm, [
          sx * LACING.x,
          uBottomY(2 * i + 2),
          LACING.z - LACING.thicknessMm / 2 - LACING.tabMm / 2,
        ]),
      ),
    ]),
    // The ESD plate's bracket, off the left duct's outer wall.
    box(6, ESD_PLATE.heightMm - 10, bracketDepthMm, [
      -(DUCT.outerX - 6),
      plateBottomY + ESD_PLATE.heightMm / 2,
      DUCT.wallFrontZ + bracketDepthMm / 2,
    ]),
  ])
}

function panelGeometry(): BufferGeometry {
  const x = HALF_WIDTH_MM + 0.5 - PANEL.thicknessMm / 2
  const depthMm = 2 * (POST_INNER_Z - 1)
  const lowerMm = PANEL.splitY - PANEL.gapMm / 2 - BASE.topY
  const upperMm = TOP_FRAME_Y - (PANEL.splitY + PANEL.gapMm / 2)
  return mergeParts(
    [-1, 1].flatMap((sx) => [
      box(PANEL.thicknessMm, lowerMm, depthMm, [sx * x, BASE.topY + lowerMm / 2, 0]),
      box(PANEL.thicknessMm, upperMm, depthMm, [sx * x, TOP_FRAME_Y - upperMm / 2, 0]),
    ]),
  )
}

function railParts(rail: RailId): Part[] {
  const sx = sideSign(rail)
  const dz = inward(rail)
  const face = RAIL_Z[rail]
  const heightMm = TOP_FRAME_Y - BASE.topY
  const y = (TOP_FRAME_Y + BASE.topY) / 2
  const flangeMm = RACK.railOuterX - RACK.railInnerX
  return [
    box(flangeMm, heightMm, RAIL.sheetMm, [
      sx * (RACK.railInnerX + flangeMm / 2),
      y,
      face + (dz * RAIL.sheetMm) / 2,
    ]),
    box(RAIL.sheetMm, heightMm, RAIL.returnMm, [
      sx * (RACK.railInnerX + RAIL.sheetMm / 2),
      y,
      face + dz * (RAIL.sheetMm + RAIL.returnMm / 2),
    ]),
    box(RAIL.sheetMm, heightMm, RAIL.webMm, [
      sx * (RACK.railOuterX - RAIL.sheetMm / 2),
      y,
      face + (dz * RAIL.webMm) / 2,
    ]),
    box(RAIL.lipMm, heightMm, RAIL.sheetMm, [
      sx * (RACK.railOuterX + RAIL.lipMm / 2),
      y,
      face + dz * (RAIL.webMm - RAIL.sheetMm / 2),
    ]),
  ]
}

/** A castor whose top plate is at `topY`: plate, swivel race, fork and axle (the wheel is plastic). */
function castorSteel(x: number, z: number, topY: number): Part[] {
  const axleY = topY - BASE.bottomY + CASTOR.wheelRadiusMm
  const axleZ = z - Math.sign(z) * CASTOR.trailMm
  const forkX = CASTOR.wheelWidthMm / 2 + 2.5
  const forkTopY = topY - 16
  const forkMm = forkTopY - axleY + 8
  return [
    box(CASTOR.plateMm, 4, CASTOR.plateMm, [x, topY - 2, z]),
    cylinder(21, 10, [x, topY - 9, z], 'y', 20),
    box(2 * forkX + 3, 6, 44, [x, forkTopY + 3, z - Math.sign(z) * 6]),
    ...[-1, 1].map((s) => box(3, forkMm, 30, [x + s * forkX, forkTopY - forkMm / 2, axleZ])),
    cylinder(5, 2 * forkX + 10, [x, axleY, axleZ], 'x', 10),
  ]
}

function zincGeometry(feetLowered: boolean): BufferGeometry {
  const padY = padBottomY(feetLowered)
  const castorTopY = BASE.bottomY + (feetLowered ? FEET.travelMm : 0)
  return mergeParts([
    ...RAILS.flatMap(railParts),
    ...FEET_XZ.flatMap(([x, z]): Part[] => [
      cylinder(12, FOOT.bossMm, [x, padY + FOOT.padMm + FOOT.bossMm / 2, z], 'y', 14),
      cylinder(
        FOOT.nutRadiusMm,
        FOOT.nutMm,
        [x, padY + FOOT.padMm + FOOT.bossMm + FOOT.nutMm / 2, z],
        'y',
        6,
      ),
      cylinder(FOOT.rodRadiusMm, FOOT.rodMm, [x, padY + FOOT_NUT_TOP_MM + FOOT.rodMm / 2, z], 'y', 12),
    ]),
    ...[-1, 1].flatMap((sx) =>
      [-1, 1].flatMap((sz) => castorSteel(sx * CASTOR.x, sz * CASTOR.z, castorTopY)),
    ),
  ])
}

function ductParts(sx: number): Part[] {
  const bottomY = BASE.topY
  const heightMm = TOP_FRAME_Y - bottomY
  const midY = bottomY + heightMm / 2
  const widthMm = DUCT.outerX - DUCT.innerX
  const backZ = RACK.frontRailZ + DUCT.plateMm / 2
  const fingerZ = (RACK.frontRailZ + DUCT.plateMm + DUCT.tipZ) / 2
  const fingerDepthMm = DUCT.tipZ - RACK.frontRailZ - DUCT.plateMm
  const wallDepthMm = DUCT.wallFrontZ - RACK.frontRailZ - DUCT.plateMm
  // The left duct gives way to the ESD plate: no finger across it.
  const esdBottomY = ESD_JACK.y - ESD_PLATE.belowJackMm - 12
  const esdTopY = esdBottomY + ESD_PLATE.heightMm + 24
  const fingerYs = Array.from({ length: RACK.units + 1 }, (_, i) => uBottomY(i + 1)).filter(
    (y) => sx > 0 || y < esdBottomY || y > esdTopY,
  )
  return [
    box(widthMm, heightMm, DUCT.plateMm, [sx * (DUCT.innerX + widthMm / 2), midY, backZ]),
    box(3, heightMm, wallDepthMm, [
      sx * (DUCT.outerX - 1.5),
      midY,
      RACK.frontRailZ + DUCT.plateMm + wallDepthMm / 2,
    ]),
    ...fingerYs.flatMap((y): Part[] => [
      box(DUCT.fingerWidthMm, DUCT.fingerMm, fingerDepthMm, [
        sx * (DUCT.innerX + DUCT.fingerWidthMm / 2),
        y,
        fingerZ,
      ]),
      box(DUCT.lipWidthMm, DUCT.fingerMm + 6, DUCT.lipMm, [
        sx * (DUCT.innerX + DUCT.lipWidthMm / 2),
        y,
        DUCT.tipZ - DUCT.lipMm / 2,
      ]),
    ]),
  ]
}

/** The PDU's input cord: out of the bottom cap, inward and down through the floor's cut-out. */
function pduCord(x: number): Part {
  const s = Math.sign(x)
  const z = PDU_FACE_Z + PDU_BODY.carrierMm + PDU_BODY.depthMm / 2
  const fromY = PDU_BODY.bottomY - PDU_BODY.capMm
  const floorX = s * 185
  const curve = new CatmullRomCurve3([
    new Vector3(x, fromY, z),
    new Vector3(x, fromY - 70, z),
    new Vector3((x + floorX) / 2, fromY * 0.5, (z - 400) / 2),
    new Vector3(floorX, 60, -400),
    new Vector3(floorX, -60, -400),
  ])
  return { geometry: new TubeGeometry(curve, 40, 9, 8) }
}

function plasticGeometry(feetLowered: boolean): BufferGeometry {
  const padY = padBottomY(feetLowered)
  const castorTopY = BASE.bottomY + (feetLowered ? FEET.travelMm : 0)
  const axleY = castorTopY - BASE.bottomY + CASTOR.wheelRadiusMm
  const trimY = RACK.heightMm + 2
  const brushDepthMm = BRUSH.frontZ - BRUSH.backZ
  const carrierMm = PDU_BODY.topY - PDU_BODY.bottomY - 6
  const carrierY = (PDU_BODY.topY + PDU_BODY.bottomY) / 2
  const bodyZ = PDU_FACE_Z + PDU_BODY.carrierMm + PDU_BODY.depthMm / 2
  return mergeParts([
    ...ductParts(-1),
    ...ductParts(1),
    ...FEET_XZ.map(([x, z]): Part => ({
      geometry: new CylinderGeometry(FOOT.padRadiusMm - 2, FOOT.padRadiusMm, FOOT.padMm, 20),
      at: [x, padY + FOOT.padMm / 2, z],
    })),
    ...[-1, 1].flatMap((sx) =>
      [-1, 1].map((sz) =>
        cylinder(
          CASTOR.wheelRadiusMm,
          CASTOR.wheelWidthMm,
          [sx * CASTOR.x, axleY, sz * (CASTOR.z - CASTOR.trailMm)],
          'x',
          20,
        ),
      ),
    ),
    // The brush strip's trim round the roof slot.
    ...[BRUSH.frontZ, BRUSH.backZ].map((z) =>
      box(2 * BRUSH.halfWidthMm + 2 * BRUSH.trimMm, 4, BRUSH.trimMm, [0, trimY, z]),
    ),
    ...[-1, 1].map((sx) =>
      box(BRUSH.trimMm, 4, brushDepthMm, [sx * BRUSH.halfWidthMm, trimY, (BRUSH.frontZ + BRUSH.backZ) / 2]),
    ),
    // The brush strip's base, seen from inside the rack.
    box(2 * BRUSH.halfWidthMm, 1, brushDepthMm, [0, RACK.heightMm - 2.5, (BRUSH.frontZ + BRUSH.backZ) / 2]),
    // The seal behind the side panels' joint.
    ...[-1, 1].map((sx) =>
      box(1, PANEL.sealMm, 2 * (POST_INNER_Z - 1), [
        sx * (HALF_WIDTH_MM + 0.5 - PANEL.thicknessMm - 0.5),
        PANEL.splitY,
        0,
      ]),
    ),
    // PDUs: outlet carrier, end caps, display bezel, input cord.
    ...(['A', 'B'] as PduId[]).flatMap((pdu): Part[] => {
      const x = PDU.x[pdu]
      return [
        box(PDU_BODY.carrierWidthMm, carrierMm, PDU_BODY.carrierMm, [
          x,
          carrierY,
          PDU_FACE_Z + PDU_BODY.carrierMm / 2,
        ]),
        box(PDU_BODY.widthMm + 2, PDU_BODY.capMm, PDU_BODY.depthMm + 6, [
          x,
          PDU_BODY.topY + PDU_BODY.capMm / 2,
          bodyZ - 1,
        ]),
        box(PDU_BODY.widthMm + 2, PDU_BODY.capMm, PDU_BODY.depthMm + 6, [
          x,
          PDU_BODY.bottomY - PDU_BODY.capMm / 2,
          bodyZ - 1,
        ]),
        box(36, 24, 2, [x, PDU_BODY.lcdY, PDU_FACE_Z - 1]),
        ...[-1, 1].map((s) => cylinder(2.5, 3, [x + s * 7, PDU_BODY.lcdY - 20, PDU_FACE_Z - 1.5], 'z', 10)),
        pduCord(x),
      ]
    }),
  ])
}

function aluminiumGeometry(): BufferGeometry {
  const lengthMm = PDU_BODY.topY - PDU_BODY.bottomY
  const y = (PDU_BODY.topY + PDU_BODY.bottomY) / 2
  const z = PDU_FACE_Z + PDU_BODY.carrierMm + PDU_BODY.depthMm / 2
  return mergeParts(
    (['A', 'B'] as PduId[]).flatMap((pdu): Part[] => {
      const x = PDU.x[pdu]
      return [
        box(PDU_BODY.widthMm, lengthMm, PDU_BODY.depthMm, [x, y, z]),
        // The extrusion's ribs on the side facing the rack's opening.
        ...[-10, 6].map((dz) =>
          box(1.2, lengthMm, 2, [x - Math.sign(x) * (PDU_BODY.widthMm / 2 + 0.6), y, z + dz]),
        ),
      ]
    }),
  )
}

function printedGeometry(): BufferGeometry {
  const parts: Part[] = []
  // The U scale on every rail's flange, outer side: a tile per U.
  for (const rail of RAILS) {
    const x = sideSign(rail) * (RACK.railOuterX - 1 - U_TILE.widthMm / 2)
    const z = RAIL_Z[rail] - inward(rail) * PROUD_MM
    for (let u = 1; u <= RACK.units; u++) {
      const [xPx, yPx] = uTileXY(u)
      parts.push(
        printed(
          U_TILE.widthMm,
          U_MM,
          toRect(xPx, yPx, U_TILE.widthPx, U_TILE.heightPx),
          [x, uBottomY(u) + U_MM / 2, z],
          rail.startsWith('f') ? 'front' : 'back',
        ),
      )
    }
  }
  parts.push(
    printed(
      NAME_LABEL.widthMm,
      NAME_LABEL.heightMm,
      NAME_RECT,
      [0, (TOP_FRAME_Y + FRAME_TOP_Y) / 2, HALF_DEPTH_MM + PROUD_MM],
      'front',
    ),
    printed(
      2 * BRUSH.halfWidthMm,
      BRUSH.frontZ - BRUSH.backZ,
      toRect(BRUSH_PX.xPx, BRUSH_PX.yPx, BRUSH_PX.widthPx, BRUSH_PX.heightPx),
      [0, RACK.heightMm - 1, (BRUSH.frontZ + BRUSH.backZ) / 2],
      'up',
    ),
  )
  // The ESD plate and its socket: a green insulating collar round the 4 mm hole.
  const plateCentreY = ESD_JACK.y - ESD_PLATE.belowJackMm + ESD_PLATE.heightMm / 2
  parts.push(
    painted(
      box(ESD_PLATE.widthMm, ESD_PLATE.heightMm, ESD_PLATE.thicknessMm, [
        ESD_PLATE_X,
        plateCentreY,
        ESD_JACK.z - PROUD_MM - ESD_PLATE.thicknessMm / 2,
      ]),
      'carrier',
    ),
    printed(
      ESD_PLATE.widthMm,
      ESD_PLATE.heightMm,
      ESD_RECT,
      [ESD_PLATE_X, plateCentreY, ESD_JACK.z],
      'front',
    ),
    painted(
      cylinder(
        6.5,
        ESD_PLATE.socketMm,
        [ESD_JACK.x, ESD_JACK.y, ESD_JACK.z + ESD_PLATE.socketMm / 2],
        'z',
        20,
      ),
      'earthGreen',
    ),
    painted(
      cylinder(3.6, 0.6, [ESD_JACK.x, ESD_JACK.y, ESD_JACK.z + ESD_PLATE.socketMm + 0.2], 'z', 14),
      'c13Surround',
    ),
    painted(
      cylinder(2, 0.6, [ESD_JACK.x, ESD_JACK.y, ESD_JACK.z + ESD_PLATE.socketMm + 0.6], 'z', 12),
      'slot',
    ),
  )
  // PDUs: feed colour stripe, label, outlet numbers.
  const stripeMm = PDU_BODY.topY - PDU_BODY.bottomY - 20
  const stripeY = (PDU_BODY.topY + PDU_BODY.bottomY) / 2
  for (const pdu of ['A', 'B'] as PduId[]) {
    const x = PDU.x[pdu]
    const towardCentre = -Math.sign(x)
    const faceZ = PDU_FACE_Z - PROUD_MM
    parts.push(
      printed(
        3,
        stripeMm,
        patchRect(pdu === 'A' ? 'red' : 'blue'),
        [x + towardCentre * 17.5, stripeY, faceZ],
        'back',
      ),
      printed(PDU_LABEL.widthMm, PDU_LABEL.heightMm, pduLabelRect(pdu), [x, PDU_BODY.labelY, faceZ], 'back'),
      ...Array.from({ length: PDU.outlets }, (_, i) =>
        printed(
          OUTLET_NUMBER.widthMm,
          OUTLET_NUMBER.heightMm,
          outletNumberRect(i + 1),
          [x, outletY(i + 1) + 19, faceZ],
          'back',
        ),
      ),
    )
  }
  return mergeParts(parts)
}

/** The C13 keyed outline: a rectangle whose two corners on the earth side are cut off. */
function c13Outline<P extends Path>(path: P, widthMm: number, heightMm: number, chamferMm: number): P {
  const x = widthMm / 2
  const y = heightMm / 2
  path.moveTo(-x, y)
  path.lineTo(x, y)
  path.lineTo(x, -y + chamferMm)
  path.lineTo(x - chamferMm, -y)
  path.lineTo(-x + chamferMm, -y)
  path.lineTo(-x, -y + chamferMm)
  path.closePath()
  return path
}

function slotPath(widthMm: number, heightMm: number, x: number, y: number): Path {
  const path = new Path()
  path.moveTo(x - widthMm / 2, y - heightMm / 2)
  path.lineTo(x + widthMm / 2, y - heightMm / 2)
  path.lineTo(x + widthMm / 2, y + heightMm / 2)
  path.lineTo(x - widthMm / 2, y + heightMm / 2)
  path.closePath()
  return path
}

/**
 * One C13 outlet, its face at z = 0 facing -z and its body toward +z (into the PDU): the surround with
 * the keyed recess the C14 plug's shroud slides into, the contact block with its three slots (line and
 * neutral on the wide side, earth toward the cut corners), and the dark floor behind them.
 */
function c13Geometry(): BufferGeometry {
  const surround = roundedRectPath(new Shape(), C13.surroundWMm, C13.surroundHMm, 2)
  surround.holes.push(c13Outline(new Path(), C13.recessWMm, C13.recessHMm, 5))
  const block = c13Outline(new Shape(), C13.blockWMm, C13.blockHMm, 3.5)
  block.holes.push(slotPath(2.2, 5, -7, 2.5), slotPath(2.2, 5, 7, 2.5), slotPath(2.2, 5, 0, -3))
  const options = { bevelEnabled: false, curveSegments: 2 }
  return mergeParts([
    painted({ geometry: new ExtrudeGeometry(surround, { ...options, depth: 4 }) }, 'c13Surround'),
    painted(
      { geometry: new ExtrudeGeometry(block, { ...options, depth: 3.4 }), at: [0, 0, 0.5] },
      'c13Block',
    ),
    painted(box(C13.recessWMm + 1, C13.recessHMm + 1, 0.6, [0, 0, 4.1]), 'slot'),
  ])
}

function lcdGeometry(): BufferGeometry {
  return mergeParts(
    (['A', 'B'] as PduId[]).map((pdu, i) =>
      printed(
        28,
        14,
        [0, i * 0.5, 1, i * 0.5 + 0.5],
        [PDU.x[pdu], PDU_BODY.lcdY, PDU_FACE_Z - 2 - PROUD_MM],
        'back',
      ),
    ),
  )
}

// --- Prints -----------------------------------------------------------------------------------------------

/** A repeatable value in [0, 1) for the n-th draw, so the cached brush looks the same on every visit. */
function jitter(n: number): number {
  const v = Math.sin(n * 12.9898 + 78.233) * 43758.5453
  return v - Math.floor(v)
}

function drawUTile(context: CanvasRenderingContext2D, u: number) {
  const [x, y] = uTileXY(u)
  const { widthPx, heightPx } = U_TILE
  context.fillStyle = '#121314'
  context.fillRect(x, y, widthPx, heightPx)
  context.fillStyle = '#ecebe6'
  // The U boundary ticks: each tile marks its U's bottom edge, U42 also its top.
  context.fillRect(x, y + heightPx - 3, widthPx, 3)
  if (u === RACK.units) context.fillRect(x, y, widthPx, 3)
  context.font = `700 32px ${PRINT_FONT}`
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.fillText(String(u), x + widthPx / 2 + 4, y + heightPx / 2 + 2)
}

function drawNameLabel(context: CanvasRenderingContext2D, rackName: string) {
  const widthPx = NAME_LABEL.widthMm * NAME_LABEL.pxPerMm
  const heightPx = NAME_LABEL.heightMm * NAME_LABEL.pxPerMm
  context.save()
  context.translate(NAME_LABEL.xPx, NAME_LABEL.yPx)
  context.fillStyle = '#0c0c0c'
  context.fillRect(0, 0, widthPx, heightPx)
  context.strokeStyle = '#d8d8d4'
  context.lineWidth = 4
  context.strokeRect(8, 8, widthPx - 16, heightPx - 16)
  context.fillStyle = '#ffffff'
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  fitText(context, rackName, widthPx / 2, heightPx / 2 + 4, widthPx - 60, Math.round(heightPx * 0.62), 700)
  context.restore()
}

/** The IEC 61340 ESD mark (hand in a triangle under an arc), the earth symbol, and the socket's ring. */
function drawEsdPlate(context: CanvasRenderingContext2D) {
  const s = ESD_PX.pxPerMm
  const widthPx = ESD_PLATE.widthMm * s
  const heightPx = ESD_PLATE.heightMm * s
  context.save()
  context.translate(ESD_PX.xPx, ESD_PX.yPx)
  context.fillStyle = '#f3c614'
  context.fillRect(0, 0, widthPx, heightPx)
  context.strokeStyle = '#111111'
  context.lineWidth = 5
  context.strokeRect(4, 4, widthPx - 8, heightPx - 8)
  // The ESD protective mark.
  const cx = widthPx / 2
  const top = 22
  const side = widthPx - 30
  const triangleH = (side * Math.sqrt(3)) / 2
  context.lineJoin = 'round'
  context.lineWidth = 6
  context.beginPath()
  context.moveTo(cx, top + 14)
  context.lineTo(cx + side / 2, top + 14 + triangleH)
  context.lineTo(cx - side / 2, top + 14 + triangleH)
  context.closePath()
  context.stroke()
  context.beginPath()
  context.arc(cx, top + 14 + triangleH * 0.62, side * 0.62, Math.PI * 1.12, Math.PI * 1.88)
  context.stroke()
  // The hand: palm and four fingers pointing up, thumb to the side.
  context.fillStyle = '#111111'
  const palmY = top + 14 + triangleH * 0.72
  context.beginPath()
  context.ellipse(cx, palmY, 13, 12, 0, 0, Math.PI * 2)
  context.fill()
  for (let f = 0; f < 4; f++) {
    context.fillRect(cx - 12 + f * 6.5, palmY - 30 + Math.abs(f - 1.5) * 3, 4.5, 26)
  }
  context.save()
  context.translate(cx + 12, palmY - 2)
  context.rotate(-0.6)
  context.fillRect(0, -3, 16, 5)
  context.restore()
  // The earth symbol.
  const earthY = 250
  context.lineWidth = 6
  context.beginPath()
  context.moveTo(cx, earthY - 40)
  context.lineTo(cx, earthY)
  context.stroke()
  ;[36, 24, 12].forEach((half, i) => {
    context.beginPath()
    context.moveTo(cx - half, earthY + i * 12)
    context.lineTo(cx + half, earthY + i * 12)
    context.stroke()
  })
  // Green-yellow ring round the socket.
  const socketY = (ESD_PLATE.heightMm - ESD_PLATE.belowJackMm) * s
  context.lineWidth = 8
  context.strokeStyle = '#1f8a3a'
  context.beginPath()
  context.arc(cx + ESD_PLATE.jackOffsetMm * s, socketY, 44, 0, Math.PI * 2)
  context.stroke()
  context.fillStyle = '#111111'
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  fitText(context, 'ESD', cx, heightPx - 36, widthPx - 30, 40, 700)
  context.restore()
}

function drawPduLabel(context: CanvasRenderingContext2D, pdu: PduId) {
  const widthPx = PDU_LABEL.widthMm * PDU_LABEL.pxPerMm
  const heightPx = PDU_LABEL.heightMm * PDU_LABEL.pxPerMm
  context.save()
  context.translate(PDU_LABEL.xPx[pdu], PDU_LABEL.yPx)
  context.fillStyle = pdu === 'A' ? PATCHES.red : PATCHES.blue
  context.fillRect(0, 0, widthPx, heightPx)
  context.fillStyle = '#ffffff'
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  fitText(context, `PDU ${pdu}`, widthPx / 2, heightPx * 0.38, widthPx - 24, 84, 700)
  fitText(context, '230 V  16 A', widthPx / 2, heightPx * 0.8, widthPx - 40, 34, 400)
  context.restore()
}

function drawOutletNumber(context: CanvasRenderingContext2D, outlet: number) {
  const widthPx = OUTLET_NUMBER.widthMm * OUTLET_NUMBER.pxPerMm
  const heightPx = OUTLET_NUMBER.heightMm * OUTLET_NUMBER.pxPerMm
  const x = (outlet - 1) * widthPx
  context.fillStyle = PATCHES.carrier
  context.fillRect(x, OUTLET_NUMBER.yPx, widthPx, heightPx)
  context.fillStyle = '#f2f2ee'
  context.font = `700 46px ${PRINT_FONT}`
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.fillText(String(outlet), x + widthPx / 2, OUTLET_NUMBER.yPx + heightPx / 2 + 2)
}

/** Nylon bristles from both edges of the slot, meeting in the middle. */
function drawBrush(context: CanvasRenderingContext2D) {
  const { xPx, yPx, widthPx, heightPx } = BRUSH_PX
  context.fillStyle = '#060606'
  context.fillRect(xPx, yPx, widthPx, heightPx)
  context.lineWidth = 1.5
  for (let i = 0; i < 2600; i++) {
    const x = xPx + jitter(4 * i) * widthPx
    const fromTop = i % 2 === 0
    const lengthPx = heightPx * (0.42 + jitter(4 * i + 1) * 0.12)
    const grey = 38 + Math.round(jitter(4 * i + 2) * 40)
    context.strokeStyle = `rgb(${grey}, ${grey}, ${grey})`
    context.beginPath()
    context.moveTo(x, fromTop ? yPx : yPx + heightPx)
    context.lineTo(x + (jitter(4 * i + 3) - 0.5) * 6, fromTop ? yPx + lengthPx : yPx + heightPx - lengthPx)
    context.stroke()
  }
}

function drawAtlas(context: CanvasRenderingContext2D, rackName: string) {
  context.clearRect(0, 0, ATLAS.widthPx, ATLAS.heightPx)
  for (let u = 1; u <= RACK.units; u++) drawUTile(context, u)
  drawNameLabel(context, rackName)
  drawEsdPlate(context)
  drawPduLabel(context, 'A')
  drawPduLabel(context, 'B')
  for (let n = 1; n <= PDU.outlets; n++) drawOutletNumber(context, n)
  drawBrush(context)
  Object.values(PATCHES).forEach((colour, i) => {
    context.fillStyle = colour
    context.fillRect(i * PATCH.pitchPx, PATCH.yPx, PATCH.sizePx, PATCH.sizePx)
  })
}

/** Lit segments of each digit on a seven-segment display: a top, b top-right, … g middle. */
const SEGMENTS: Record<string, string> = {
  '0': 'abcdef',
  '1': 'bc',
  '2': 'abged',
  '3': 'abgcd',
  '4': 'fgbc',
  '5': 'afgcd',
  '6': 'afgedc',
  '7': 'abc',
  '8': 'abcdefg',
  '9': 'abcdfg',
}

function drawDigit(
  context: CanvasRenderingContext2D,
  digit: string,
  x: number,
  y: number,
  w: number,
  h: number,
) {
  const t = w * 0.2
  const half = h / 2
  const bars: Record<string, [number, number, number, number]> = {
    a: [x + t, y, w - 2 * t, t],
    b: [x + w - t, y + t * 0.6, t, half - t * 0.6],
    c: [x + w - t, y + half + t * 0.1, t, half - t * 0.6],
    d: [x + t, y + h - t, w - 2 * t, t],
    e: [x, y + half + t * 0.1, t, half - t * 0.6],
    f: [x, y + t * 0.6, t, half - t * 0.6],
    g: [x + t, y + half - t / 2, w - 2 * t, t],
  }
  for (const [segment, [bx, by, bw, bh]] of Object.entries(bars)) {
    // Unlit segments show faintly, as on a real LED display.
    context.fillStyle = SEGMENTS[digit]?.includes(segment) ? '#ff3a22' : '#2a0a06'
    context.fillRect(bx, by, bw, bh)
  }
}

/** The metered PDUs' red LED ammeters: current drawn on feed A (top half) and feed B (bottom half). */
function drawLcd(context: CanvasRenderingContext2D) {
  ;['24', '19'].forEach((reading, i) => {
    const y = i * 128
    context.fillStyle = '#100302'
    context.fillRect(0, y, 256, 128)
    context.shadowColor = '#ff2a12'
    context.shadowBlur = 8
    drawDigit(context, reading[0]!, 40, y + 22, 58, 84)
    drawDigit(context, reading[1]!, 124, y + 22, 58, 84)
    context.fillStyle = '#ff3a22'
    context.fillRect(104, y + 94, 12, 12)
    context.font = `700 34px ${PRINT_FONT}`
    context.textAlign = 'left'
    context.textBaseline = 'alphabetic'
    context.fillText('A', 200, y + 104)
    context.shadowBlur = 0
  })
}

function lcdMaterial(): MeshStandardMaterial {
  const picture = canvasTexture('rack-pdu-lcd', 256, 256, drawLcd)
  const material = surface('#000000', { roughness: 0.25, key: 'rack-pdu-lcd' })
  if (material.emissiveMap !== picture) {
    material.emissive.set('#ffffff')
    material.emissiveMap = picture
    material.needsUpdate = true
  }
  return material
}

// --- Materials --------------------------------------------------------------------------------------------

const powderCoat = () => surface('#1b1c1e', { roughness: 0.55, metalness: 0.15, key: 'rack-powder' })
const zinc = () => surface('#c3c8cc', { roughness: 0.38, metalness: 0.35, key: 'rack-zinc' })

// --- Components -------------------------------------------------------------------------------------------

const matrix = new Matrix4()

export type RackFrameProps = {
  /** Levelling feet screwed down on the floor (castors off it) or up (the rack sits on its castors). */
  feetLowered: boolean
  /** Printed on the label of the top front frame, e.g. "DC.C03". */
  rackName: string
}

export function RackFrame({ feetLowered, rackName }: RackFrameProps) {
  use(printFontReady())
  const holes = useRef<InstancedMesh>(null)
  const outlets = useRef<InstancedMesh>(null)
  const steel = useGeometry(steelGeometry, [])
  const panels = useGeometry(panelGeometry, [])
  const zincParts = useGeometry(() => zincGeometry(feetLowered), [feetLowered])
  const plastic = useGeometry(() => plasticGeometry(feetLowered), [feetLowered])
  const aluminium = useGeometry(aluminiumGeometry, [])
  const prints = useGeometry(printedGeometry, [])
  const lcd = useGeometry(lcdGeometry, [])
  const hole = useGeometry(
    () => new BoxGeometry(SQUARE_HOLE_MM, SQUARE_HOLE_MM, RAIL.sheetMm + 2 * PROUD_MM),
    [],
  )
  const outlet = useGeometry(c13Geometry, [])
  const printMaterial = useMemo(() => {
    const texture = canvasTexture(`rack-print|${rackName}`, ATLAS.widthPx, ATLAS.heightPx, (context) =>
      drawAtlas(context, rackName),
    )
    return surface('#ffffff', { roughness: 0.55, map: texture, key: 'rack-print' })
  }, [rackName])

  useLayoutEffect(() => {
    const mesh = holes.current
    if (!mesh) return
    let i = 0
    for (const rail of RAILS) {
      const x = sideSign(rail) * RACK.holeX
      const z = RAIL_Z[rail] + (inward(rail) * RAIL.sheetMm) / 2
      for (let u = 1; u <= RACK.units; u++) {
        for (const pos of [1, 2, 3] as const)
          mesh.setMatrixAt(i++, matrix.makeTranslation(x, holeY(u, pos), z))
      }
    }
    mesh.instanceMatrix.needsUpdate = true
    mesh.computeBoundingSphere()
  }, [])

  useLayoutEffect(() => {
    const mesh = outlets.current
    if (!mesh) return
    let i = 0
    for (const pdu of ['A', 'B'] as PduId[]) {
      for (let n = 1; n <= PDU.outlets; n++)
        mesh.setMatrixAt(i++, matrix.makeTranslation(...outletPoint(pdu, n)))
    }
    mesh.instanceMatrix.needsUpdate = true
    mesh.computeBoundingSphere()
  }, [])

  return (
    <group>
      <mesh geometry={steel} material={powderCoat()} />
      <mesh
        geometry={panels}
        material={surface('#292c30', { roughness: 0.6, metalness: 0.1, key: 'rack-panel' })}
      />
      <mesh geometry={zincParts} material={zinc()} />
      <mesh geometry={plastic} material={surface('#1c1d1f', { roughness: 0.7, key: 'rack-plastic' })} />
      <mesh
        geometry={aluminium}
        material={surface('#b9bdc1', { roughness: 0.42, metalness: 0.4, key: 'rack-aluminium' })}
      />
      <mesh geometry={prints} material={printMaterial} />
      <mesh geometry={lcd} material={lcdMaterial()} />
      <instancedMesh
        ref={holes}
        args={[hole, surface('#060607', { roughness: 0.9, key: 'rack-hole' }), RAILS.length * RACK.units * 3]}
      />
      <instancedMesh ref={outlets} args={[outlet, printMaterial, 2 * PDU.outlets]} />
    </group>
  )
}

// --- Stabiliser -------------------------------------------------------------------------------------------

/** The stabiliser: a floor plate in front of the rack and an upstand bolted to the base frame's front. */
const STAB = { plateMm: 4, upstandMm: 146, boltX: 150, boltY: 125, gussetMm: 110 }
const STAB_NEAR_Z = RACK.frontZ
const STAB_FAR_Z = RACK.frontZ + STABILISER.depthMm
/**
 * Not fitted, it stands on its plate's far edge in the cold aisle, right of the rack (the row is closed
 * on both sides), leaning back against the next rack's closed door (18 mm proud of the frame), its
 * upstand on top.
 */
const LEAN = { x: 600, againstZ: RACK.frontZ + 19, tiltDeg: 14 }
const LEAN_RAD = MathUtils.degToRad(90 - LEAN.tiltDeg)
const LEAN_POSITION: Vec3 = [
  LEAN.x,
  STAB_FAR_Z * Math.sin(LEAN_RAD),
  LEAN.againstZ - STAB_NEAR_Z * Math.cos(LEAN_RAD),
]
/** The grip: the middle of the upstand's top edge, in the stabiliser's fitted frame. */
const STAB_GRIP: Vec3 = [0, STAB.upstandMm, STAB_NEAR_Z + STAB.plateMm / 2]

function leaned([x, y, z]: Vec3): Vec3 {
  const c = Math.cos(LEAN_RAD)
  const s = Math.sin(LEAN_RAD)
  return [x + LEAN_POSITION[0], y * c - z * s + LEAN_POSITION[1], y * s + z * c + LEAN_POSITION[2]]
}

/** Where the technician grips the stabiliser while it is not fitted (top edge of its upstand). */
export const STABILISER_POINT: Vec3 = leaned(STAB_GRIP)
/** The same grip once fitted: the upstand's top edge, bolted against the base frame's front channel. */
export const STABILISER_MOUNT_POINT: Vec3 = STAB_GRIP

function stabiliserSteel(): BufferGeometry {
  const halfWidthMm = STABILISER.widthMm / 2
  // The floor plate with two anchor holes, drawn in (x, z) and laid flat.
  const plate = new Shape()
  plate.moveTo(-halfWidthMm, STAB_NEAR_Z)
  plate.lineTo(halfWidthMm, STAB_NEAR_Z)
  plate.lineTo(halfWidthMm, STAB_FAR_Z - 20)
  plate.lineTo(halfWidthMm - 20, STAB_FAR_Z)
  plate.lineTo(-halfWidthMm + 20, STAB_FAR_Z)
  plate.lineTo(-halfWidthMm, STAB_FAR_Z - 20)
  plate.closePath()
  for (const x of [-200, 200]) {
    const hole = new Path()
    hole.absarc(x, STAB_FAR_Z - 70, 8, 0, Math.PI * 2, false)
    plate.holes.push(hole)
  }
  const plateGeometry = new ExtrudeGeometry(plate, {
    depth: STAB.plateMm,
    bevelEnabled: false,
    curveSegments: 8,
  })
  // The shape's y is the world z; extruded along +z, then laid down so the extrusion runs up y.
  plateGeometry.rotateX(Math.PI / 2)
  plateGeometry.translate(0, STAB.plateMm, 0)
  const gusset = new Shape()
  gusset.moveTo(STAB_NEAR_Z + STAB.plateMm, STAB.plateMm)
  gusset.lineTo(STAB_NEAR_Z + STAB.plateMm, STAB.gussetMm)
  gusset.lineTo(STAB_NEAR_Z + STAB.plateMm + STAB.gussetMm, STAB.plateMm)
  gusset.closePath()
  return mergeParts([
    { geometry: plateGeometry },
    box(STABILISER.widthMm, STAB.upstandMm, STAB.plateMm, [
      0,
      STAB.upstandMm / 2,
      STAB_NEAR_Z + STAB.plateMm / 2,
    ]),
    ...[-1, 1].map((s): Part => ({
      // Drawn in (z, y), extruded along x.
      geometry: new ExtrudeGeometry(gusset, { depth: STAB.plateMm, bevelEnabled: false }),
      at: [s * (halfWidthMm - 30), 0, 0],
      rotation: [0, -Math.PI / 2, 0],
    })),
  ])
}

function stabiliserBolts(): BufferGeometry {
  return mergeParts(
    [-1, 1].flatMap((s): Part[] => [
      cylinder(11, 2, [s * STAB.boltX, STAB.boltY, STAB_NEAR_Z + STAB.plateMm + 1], 'z', 16),
      cylinder(8.5, 7, [s * STAB.boltX, STAB.boltY, STAB_NEAR_Z + STAB.plateMm + 5.5], 'z', 6),
    ]),
  )
}

export function Stabiliser({ fitted }: { fitted: boolean }) {
  const steel = useGeometry(stabiliserSteel, [])
  const bolts = useGeometry(stabiliserBolts, [])
  return (
    <group position={fitted ? [0, 0, 0] : LEAN_POSITION} rotation={[fitted ? 0 : LEAN_RAD, 0, 0]}>
      <mesh geometry={steel} material={powderCoat()} />
      {fitted ? <mesh geometry={bolts} material={zinc()} /> : null}
    </group>
  )
}
