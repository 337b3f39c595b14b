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
 *
 * The frame is symmetric, so most of it is tables of boxes ([w, h, d, x, y, z], mm) mirrored across the
 * rack's centre planes: a table stays small in the bundle where a call per part would not.
 */
import { CatmullRomCurve3, CylinderGeometry, Matrix4, PlaneGeometry, TubeGeometry, Vector3 } from 'three'
import type { BufferGeometry, InstancedMesh, Texture } from 'three'
import { box, mergeParts, printedBox } from '../../../src/kit/geometry.ts'
import type { Part, Vec3 } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import {
  ESD_JACK,
  FEET,
  MANAGER,
  PDU,
  RACK,
  SQUARE_HOLE_MM,
  STABILISER,
  U_MM,
  holeY,
  outletY,
  uBottomY,
} from '../layout.ts'
import type { PduId } from '../layout.ts'
import {
  SWATCH,
  TO_REAR,
  c14Hole,
  disc,
  drawAreas,
  fill,
  holedPlate,
  packAtlas,
  paintWith,
  print,
  printOn,
  roundHole,
  usePrint,
  zinc,
} from './Equipment.tsx'
import type { AtlasArea, Frame } from './Equipment.tsx'

const HALF_WIDTH_MM = RACK.widthMm / 2
const HALF_DEPTH_MM = RACK.depthMm / 2
/** The roof plate (3 mm) is on top of the posts; the top frame starts just above U42's top edge. */
const FRAME_TOP_Y = RACK.heightMm - 3
const TOP_FRAME_Y = uBottomY(RACK.units + 1) + 2
/** The base frame's channels run from 100 mm up to U1's bottom edge; rails and panels start there. */
const BASE_TOP_Y = RACK.u1BottomY
const RAIL_HEIGHT_MM = TOP_FRAME_Y - BASE_TOP_Y
const RAIL_MID_Y = (TOP_FRAME_Y + BASE_TOP_Y) / 2
/** Mounting planes of the front and rear rails, and the direction from each into the rack. */
const RAIL_FACES = [
  [RACK.frontRailZ, -1],
  [RACK.rearRailZ, 1],
] as const
/** The side panels are split in two at this height, like most 42U racks, over a dark seal strip. */
const PANEL_SPLIT_Y = 1075
/** The front finger ducts' edge on the rail side, and where their fingers' bent tips stand. */
const DUCT_INNER_X = MANAGER.x - MANAGER.widthMm / 2 + 2.5
const DUCT_TIP_Z = HALF_DEPTH_MM - 42
/** The 0U PDUs: an aluminium body behind a black outlet carrier whose face is PDU.z + 3. */
const PDU_BOTTOM_Y = outletY(PDU.outlets) - 70
const PDU_TOP_Y = PDU.topOutletY + 170
const PDU_MID_Y = (PDU_TOP_Y + PDU_BOTTOM_Y) / 2
const PDU_FACE_Z = PDU.z + 3
const PDU_BODY_Z = PDU_FACE_Z + 21
const PDU_LCD_Y = PDU.topOutletY + 120
/** The cable-entry slot in the roof, closed by a brush strip: 400 mm wide, from z −350 to −430. */
const BRUSH_Z = -390
/** Prints stand this far off their surface: enough to win the depth test at the camera's distances. */
const PROUD_MM = 0.5
/** The ESD socket stands this far proud of its 22 × 80 mm plate, 22 mm above the plate's bottom. */
const ESD_SOCKET_MM = 7

/** Four corners (x, z): front-left, front-right, rear-left, rear-right. */
const corners = (x: number, z: number): Array<[number, number]> =>
  [1, -1].flatMap((sz) => [-1, 1].map((sx): [number, number] => [sx * x, sz * z]))
/** The levelling feet, inset FEET.insetMm from the frame's corners. */
const FEET_XZ = corners(HALF_WIDTH_MM - FEET.insetMm, HALF_DEPTH_MM - FEET.insetMm)
/**
 * A levelling foot's metal above its rubber pad (10 mm): ball boss, the hex the wrench turns, threaded
 * stem; [radius, height, centre above the pad's bottom, segments].
 */
const FOOT_ROUNDS: Array<[number, number, number, number]> = [
  [12, 6, 13, 14],
  [14, 12, 22, 6],
  [8, 110, 83, 12],
]
/** Top of the foot's adjusting hex above the pad's bottom. */
const FOOT_NUT_TOP_MM = 28

// --- Exported points -------------------------------------------------------------------------------------

/** Where a wrist strap's banana plug is pushed in: the mouth of the ESD socket. */
export const ESD_JACK_POINT: Vec3 = [ESD_JACK.x, ESD_JACK.y, ESD_JACK.z + ESD_SOCKET_MM]

/** On the front-right finger duct at mid height, in the channel: where a hook-and-loop strap goes. */
export const MANAGER_POINT: Vec3 = [MANAGER.x, uBottomY(22), (410 + DUCT_TIP_Z) / 2]

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

// --- The print atlas ---------------------------------------------------------------------------------------

const { heightPx: ATLAS_HEIGHT_PX, areas: AREAS } = packAtlas({
  // The U scale: 11 mm × 1U tiles, 21 to a row, U1 at the top left.
  scale: [0, 0, 21 * 11, 2 * U_MM],
  name: [0, 0, 120, 20],
  esd: [0, 0, 22, 80],
  // The PDUs' labels, and their ammeters' displays (feed A above feed B).
  A: [0, 0, 30, 22],
  B: [0, 0, 30, 22],
  lcd: [0, 0, 28, 28],
  // Flat colours, for parts that only need a colour but share the print.
  carrier: SWATCH,
  green: SWATCH,
  red: SWATCH,
  blue: SWATCH,
  block: SWATCH,
  hole: SWATCH,
})
const FEED_COLOUR = { A: '#c62828', B: '#1e5bb8' }

/**
 * The frame that puts U `u`'s tile of the scale over a print centred on the origin: a U tile, or the
 * middle of tiles 1–12, which number a PDU's outlets.
 */
function uTile(u: number): Frame {
  const left = -5.5 - 11 * ((u - 1) % 21)
  const bottom = -U_MM / 2 - U_MM * (u > 21 ? 0 : 1)
  return [left, bottom, left + 21 * 11, bottom + 2 * U_MM]
}

function drawAtlas(context: CanvasRenderingContext2D, rackName: string) {
  const pduLabel = (pdu: PduId) => () => print(context, `PDU ${pdu}`, 15, 13.6, 10.5, '#ffffff', 27)
  drawAreas(context, AREAS, {
    scale: [
      '#121314',
      () => {
        // Light figures, a tick at each U boundary.
        for (let u = 1; u <= RACK.units; u++) {
          const x = 11 * ((u - 1) % 21)
          const y = u > 21 ? 0 : U_MM
          print(context, String(u), x + 6.2, y + U_MM / 2 - 0.3, 5.3, '#ecebe6')
          fill(context, '#ecebe6', x, y, 11, 0.4)
          fill(context, '#ecebe6', x, y + U_MM - 0.4, 11, 0.4)
        }
      },
    ],
    name: ['#0c0c0c', () => print(context, rackName, 60, 9.5, 12.4, '#ffffff', 112)],
    esd: [
      '#f3c614',
      () => {
        // The IEC 61340 ESD mark (a hand in a triangle under an arc), and a green ring round the
        // socket, 3 mm left of the plate's middle.
        context.lineWidth = 1
        context.strokeStyle = '#111111'
        context.beginPath()
        context.arc(11, 64.9, 10.5, 0.37, 2.77)
        context.moveTo(11, 74)
        context.lineTo(19.5, 59.3)
        context.lineTo(2.5, 59.3)
        context.closePath()
        context.stroke()
        fill(context, '#111111', 9.6, 62.5, 2.8, 6)
        print(context, 'ESD', 11, 6, 6.7, '#111111', 17)
        disc(context, '#1f8a3a', 8, 22, 7.3, 1.3)
      },
    ],
    A: [FEED_COLOUR.A, pduLabel('A')],
    B: [FEED_COLOUR.B, pduLabel('B')],
    // The metered PDUs' red LED ammeters: the current drawn on each feed.
    lcd: [
      '#100302',
      () => {
        print(context, '2.4 A', 14, 21, 11, '#ff3a22', 24)
        print(context, '1.9 A', 14, 7, 11, '#ff3a22', 24)
      },
    ],
    carrier: ['#161616'],
    green: ['#1f8a3a'],
    red: [FEED_COLOUR.A],
    blue: [FEED_COLOUR.B],
    block: ['#2b2b2b'],
    hole: ['#040404'],
  })
}

// --- Part helpers -----------------------------------------------------------------------------------------

/** A box [w, h, d, x, y, z] (mm). */
type Row = [number, number, number, number, number, number]
const signs = (mirror: boolean) => (mirror ? [1, -1] : [1])

/** Boxes, each repeated at −x when its x is not 0, and at −z when `mirrorZ` and its z is not 0. */
function boxes(rows: Row[], mirrorZ = false): Part[] {
  return rows.flatMap(([w, h, d, x, y, z]) =>
    signs(x !== 0).flatMap((sx) => signs(mirrorZ && z !== 0).map((sz) => box(w, h, d, [sx * x, y, sz * z]))),
  )
}

/** Turns that lay three's upright cylinder along x or z. */
const ALONG_X: Vec3 = [0, 0, Math.PI / 2]
const ALONG_Z: Vec3 = [Math.PI / 2, 0, 0]

/** A round (or, with six segments, hexagonal) part, upright or turned: stems, nuts, wheels, sockets. */
function cylinder(radiusMm: number, lengthMm: number, at: Vec3, segments: number, rotation?: Vec3): Part {
  return { geometry: new CylinderGeometry(radiusMm, radiusMm, lengthMm, segments), at, rotation }
}

/** Gives a part one flat colour of the atlas. */
function painted(part: Part, swatch: AtlasArea): Part {
  paintWith(part.geometry, swatch)
  return part
}

/** A flat print facing +z, or −z turned TO_REAR: an area of the atlas, or part of one over `frame`. */
const printed = (
  widthMm: number,
  heightMm: number,
  area: AtlasArea,
  at: Vec3,
  rotation?: Vec3,
  frame?: Frame,
): Part => ({
  geometry: printOn(new PlaneGeometry(widthMm, heightMm), area, frame),
  at,
  rotation,
})

// --- Geometries -------------------------------------------------------------------------------------------

function steelGeometry(): BufferGeometry {
  const topHeightMm = FRAME_TOP_Y - TOP_FRAME_Y
  const topY = (FRAME_TOP_Y + TOP_FRAME_Y) / 2
  const innerDepthMm = RACK.depthMm - 76
  const roofY = RACK.heightMm - 1.5
  const lacingZ = RACK.rearRailZ - 14
  return mergeParts([
    // Corner posts (folded profiles, narrow seen from the front so the ducts, ESD jack and PDUs stay in
    // sight), the top and base frames, the castors' cross members.
    ...boxes(
      [
        [10, FRAME_TOP_Y - 100, 38, HALF_WIDTH_MM - 5, (FRAME_TOP_Y + 100) / 2, HALF_DEPTH_MM - 19],
        [RACK.widthMm - 20, topHeightMm, 38, 0, topY, HALF_DEPTH_MM - 19],
        [40, topHeightMm, innerDepthMm, HALF_WIDTH_MM - 20, topY, 0],
        [RACK.widthMm - 20, 50, 40, 0, 125, HALF_DEPTH_MM - 20],
        [40, 50, innerDepthMm, HALF_WIDTH_MM - 20, 125, 0],
        [RACK.widthMm - 80, 50, 50, 0, 125, 330],
        // The depth supports the rails bolt onto, bottom and top.
        [38, 15, innerDepthMm, HALF_WIDTH_MM - 59, BASE_TOP_Y - 7.5, 0],
        [38, 15, innerDepthMm, HALF_WIDTH_MM - 59, TOP_FRAME_Y + 7.5, 0],
      ],
      true,
    ),
    ...boxes([
      // The roof plate round the brush slot.
      [RACK.widthMm, 3, HALF_DEPTH_MM + 350, 0, roofY, (HALF_DEPTH_MM - 350) / 2],
      [RACK.widthMm, 3, HALF_DEPTH_MM - 430, 0, roofY, -(HALF_DEPTH_MM + 430) / 2],
      [HALF_WIDTH_MM - 200, 3, 80, (HALF_WIDTH_MM + 200) / 2, roofY, BRUSH_Z],
      // Rear lacing bars behind the rear rails, clear of the U scale and in front of the PDUs.
      [6, RAIL_HEIGHT_MM, 3, 256, RAIL_MID_Y, lacingZ],
      [2, RAIL_HEIGHT_MM, 14, RACK.railOuterX + 2, RAIL_MID_Y, (RACK.rearRailZ + lacingZ) / 2],
    ]),
    // The ESD plate's bracket, off the left duct's outer wall.
    box(6, 70, 8, [ESD_JACK.x - 9, ESD_JACK.y + 18, ESD_JACK.z - 6]),
  ])
}

/** The side panels, split in two at PANEL_SPLIT_Y. */
const panelGeometry = () =>
  mergeParts(
    boxes([
      [
        3,
        PANEL_SPLIT_Y - 1 - BASE_TOP_Y,
        RACK.depthMm - 78,
        HALF_WIDTH_MM - 1,
        (PANEL_SPLIT_Y - 1 + BASE_TOP_Y) / 2,
        0,
      ],
      [
        3,
        TOP_FRAME_Y - PANEL_SPLIT_Y - 1,
        RACK.depthMm - 78,
        HALF_WIDTH_MM - 1,
        (TOP_FRAME_Y + PANEL_SPLIT_Y + 1) / 2,
        0,
      ],
    ]),
  )

/**
 * The rails (2 mm zinc-plated sheet folded into the mounting flange, an inner return, a web and a lip),
 * the feet's metal and the castors.
 */
function zincGeometry(feetLowered: boolean): BufferGeometry {
  const padY = padBottomY(feetLowered)
  const castorTopY = 125 - padY
  const { railInnerX, railOuterX } = RACK
  return mergeParts([
    ...RAIL_FACES.flatMap(([faceZ, inward]) =>
      boxes([
        [
          railOuterX - railInnerX,
          RAIL_HEIGHT_MM,
          2,
          (railOuterX + railInnerX) / 2,
          RAIL_MID_Y,
          faceZ + inward,
        ],
        [2, RAIL_HEIGHT_MM, 10, railInnerX + 1, RAIL_MID_Y, faceZ + inward * 7],
        [2, RAIL_HEIGHT_MM, 45, railOuterX - 1, RAIL_MID_Y, faceZ + inward * 22.5],
        [14, RAIL_HEIGHT_MM, 2, railOuterX + 7, RAIL_MID_Y, faceZ + inward * 44],
      ]),
    ),
    ...FEET_XZ.flatMap(([x, z]) =>
      FOOT_ROUNDS.map(([radius, height, y, segments]) =>
        cylinder(radius, height, [x, padY + y, z], segments),
      ),
    ),
    // Castors: top plate, swivel race, fork crown, fork legs and axle (the wheel is plastic).
    ...boxes(
      [
        [46, 4, 46, 220, castorTopY - 2, 330],
        [36, 10, 36, 220, castorTopY - 9, 330],
        [32, 6, 44, 220, castorTopY - 13, 324],
        [3, 56, 30, 205.5, castorTopY - 44, 312],
        [3, 56, 30, 234.5, castorTopY - 44, 312],
        [39, 10, 10, 220, castorTopY - 64, 312],
      ],
      true,
    ),
  ])
}

/** The PDU's input cord: out of the bottom cap, inward and down through the floor's cut-out. */
function pduCord(sx: number): Part {
  const x = sx * PDU.x.B
  const fromY = PDU_BOTTOM_Y - 18
  const points: Vec3[] = [
    [x, fromY, PDU_BODY_Z],
    [x, fromY - 70, PDU_BODY_Z],
    [(x + sx * 185) / 2, fromY / 2, (PDU_BODY_Z - 400) / 2],
    [sx * 185, 60, -400],
    [sx * 185, -60, -400],
  ]
  return { geometry: new TubeGeometry(new CatmullRomCurve3(points.map((p) => new Vector3(...p))), 40, 9, 8) }
}

function plasticGeometry(feetLowered: boolean): BufferGeometry {
  const padY = padBottomY(feetLowered)
  const fingers: Part[] = []
  for (let u = 1; u <= RACK.units + 1; u++) {
    const y = uBottomY(u)
    // A finger at every U boundary, its tip bent outward to hold the cords; none across the ESD plate.
    for (const sx of y < ESD_JACK.y - 34 || y > ESD_JACK.y + 70 ? [-1, 1] : [1]) {
      fingers.push(box(14, 5, 75, [sx * (DUCT_INNER_X + 7), y, DUCT_TIP_Z - 37.5]))
      fingers.push(box(26, 11, 3, [sx * (DUCT_INNER_X + 13), y, DUCT_TIP_Z - 1.5]))
    }
  }
  return mergeParts([
    ...boxes([
      // The finger ducts' back plates and outer walls.
      [42, RAIL_HEIGHT_MM, 3, DUCT_INNER_X + 21, RAIL_MID_Y, RACK.frontRailZ + 1.5],
      [3, RAIL_HEIGHT_MM, 27, DUCT_INNER_X + 40.5, RAIL_MID_Y, RACK.frontRailZ + 16.5],
      // The brush strip in the slot, a little below the roof's top (its bristles too fine to draw).
      [400, 1, 80, 0, RACK.heightMm - 2.5, BRUSH_Z],
      // The seal behind the side panels' joint.
      [1, 12, RACK.depthMm - 78, HALF_WIDTH_MM - 3, PANEL_SPLIT_Y, 0],
      // The PDUs' outlet carriers, end caps and display bezels.
      [38, PDU_TOP_Y - PDU_BOTTOM_Y - 6, 2, PDU.x.B, PDU_MID_Y, PDU_FACE_Z + 1],
      [44, 18, 44, PDU.x.B, PDU_TOP_Y + 9, PDU_BODY_Z - 1],
      [44, 18, 44, PDU.x.B, PDU_BOTTOM_Y - 9, PDU_BODY_Z - 1],
      [36, 24, 2, PDU.x.B, PDU_LCD_Y, PDU_FACE_Z - 1],
    ]),
    ...fingers,
    ...FEET_XZ.map(([x, z]) => cylinder(30, 10, [x, padY + 5, z], 20)),
    ...corners(220, 312).map(([x, z]) => cylinder(36, 24, [x, 61 - padY, z], 20, ALONG_X)),
    pduCord(-1),
    pduCord(1),
  ])
}

function printedGeometry(): BufferGeometry {
  const parts: Part[] = []
  // The U scale on every rail's flange, outer side: a tile per U.
  for (const [faceZ, inward] of RAIL_FACES) {
    for (const sx of [-1, 1]) {
      for (let u = 1; u <= RACK.units; u++) {
        const at: Vec3 = [sx * (RACK.railOuterX - 6.5), uBottomY(u) + U_MM / 2, faceZ - inward * PROUD_MM]
        parts.push(printed(11, U_MM, AREAS.scale, at, inward > 0 ? TO_REAR : undefined, uTile(u)))
      }
    }
  }
  // PDUs: feed colour stripe, label, ammeter display, outlet numbers.
  for (const pdu of ['A', 'B'] as const) {
    const x = PDU.x[pdu]
    const z = PDU_FACE_Z - PROUD_MM
    parts.push(
      painted(
        box(3, PDU_TOP_Y - PDU_BOTTOM_Y - 20, 0, [x - Math.sign(x) * 17.5, PDU_MID_Y, z]),
        pdu === 'A' ? AREAS.red : AREAS.blue,
      ),
      printed(30, 22, AREAS[pdu], [x, PDU.topOutletY + 62, z], TO_REAR),
      ...Array.from({ length: PDU.outlets }, (_, i) =>
        printed(11, 9, AREAS.scale, [x, outletY(i + 1) + 19, z], TO_REAR, uTile(i + 1)),
      ),
    )
  }
  parts.push(
    printed(120, 20, AREAS.name, [0, (TOP_FRAME_Y + FRAME_TOP_Y) / 2, HALF_DEPTH_MM + PROUD_MM]),
    // The ESD plate and its socket: a green insulating collar round the 4 mm hole.
    {
      geometry: printedBox(22, 80, 1.5, { front: AREAS.esd.rect }, AREAS.carrier.rect),
      at: [ESD_JACK.x + 3, ESD_JACK.y + 18, ESD_JACK.z - 0.75],
    },
    painted(
      cylinder(6.5, ESD_SOCKET_MM, [ESD_JACK.x, ESD_JACK.y, ESD_JACK.z + 3.5], 20, ALONG_Z),
      AREAS.green,
    ),
    painted(cylinder(2, 0.6, [ESD_JACK.x, ESD_JACK.y, ESD_JACK.z + 7.2], 12, ALONG_Z), AREAS.hole),
  )
  return mergeParts(parts)
}

/**
 * One C13 outlet, its face at z = 0 facing -z and its body toward +z (into the PDU): the surround with
 * the keyed recess the C14 plug's shroud slides into, the contact block with its three slots (line and
 * neutral on the wide side, earth toward the cut corners), and the dark floor behind them. Built facing
 * +z with the cut corners up, then turned over.
 */
function outletGeometry(): BufferGeometry {
  return mergeParts([
    painted({ geometry: holedPlate(32, 24, 4, [c14Hole(0, 0)]) }, AREAS.carrier),
    painted(box(20, 12, 3.4, [0, 0, -2.2]), AREAS.block),
    painted(box(25, 17, 0.6, [0, 0, -4.1]), AREAS.hole),
    ...[-7, 7, 0].map((x) => painted(box(2.2, 5, 0.2, [x, x ? -2.5 : 3, -0.45]), AREAS.hole)),
  ]).rotateX(Math.PI)
}

// --- Instances --------------------------------------------------------------------------------------------

const HOLES: Vec3[] = RAIL_FACES.flatMap(([faceZ, inward]) =>
  [-1, 1].flatMap((sx) =>
    Array.from({ length: RACK.units * 3 }, (_, i): Vec3 => [
      sx * RACK.holeX,
      holeY(Math.floor(i / 3) + 1, ((i % 3) + 1) as 1 | 2 | 3),
      faceZ + inward,
    ]),
  ),
)
const OUTLETS = (['A', 'B'] as const).flatMap((pdu) =>
  Array.from({ length: PDU.outlets }, (_, i) => outletPoint(pdu, i + 1)),
)

const matrix = new Matrix4()
/** A ref that puts an instanced mesh's instances at these points. */
const placeAt = (points: Vec3[]) => (mesh: InstancedMesh | null) => {
  if (!mesh) return
  points.forEach((point, i) => mesh.setMatrixAt(i, matrix.makeTranslation(...point)))
  mesh.instanceMatrix.needsUpdate = true
  mesh.computeBoundingSphere()
}
const placeHoles = placeAt(HOLES)
const placeOutlets = placeAt(OUTLETS)

// --- Components -------------------------------------------------------------------------------------------

/** The ammeters' displays light themselves: their area of the print, emitted. */
function lcdMaterial(picture: Texture) {
  const material = surface('#000000', { roughness: 0.25, key: 'rack-pdu-lcd' })
  if (material.emissiveMap !== picture) {
    material.emissive.set('#ffffff')
    material.emissiveMap = picture
    material.needsUpdate = true
  }
  return material
}

const powderCoat = () => surface('#1b1c1e', { roughness: 0.55, metalness: 0.15, key: 'rack-powder' })

export type RackFrameProps = {
  /** Levelling feet screwed down on the floor (castors off it) or up (the rack sits on its castors). */
  feetLowered: boolean
  /** Printed on the label of the top front frame, e.g. "DC.C03". */
  rackName: string
}

export function RackFrame({ feetLowered, rackName }: RackFrameProps) {
  const printMaterial = usePrint(`rack-print|${rackName}`, ATLAS_HEIGHT_PX, (context) =>
    drawAtlas(context, rackName),
  )
  const steel = useGeometry(steelGeometry, [])
  const panels = useGeometry(panelGeometry, [])
  const zincParts = useGeometry(() => zincGeometry(feetLowered), [feetLowered])
  const plastic = useGeometry(() => plasticGeometry(feetLowered), [feetLowered])
  const aluminium = useGeometry(
    () => mergeParts(boxes([[42, PDU_TOP_Y - PDU_BOTTOM_Y, 38, PDU.x.B, PDU_MID_Y, PDU_BODY_Z]])),
    [],
  )
  const prints = useGeometry(printedGeometry, [])
  const lcd = useGeometry(
    () =>
      mergeParts(
        [PDU.x.A, PDU.x.B].map((x, i) =>
          printed(28, 14, AREAS.lcd, [x, PDU_LCD_Y, PDU_FACE_Z - 2.5], TO_REAR, [
            -14,
            14 * i - 21,
            14,
            14 * i + 7,
          ]),
        ),
      ),
    [],
  )
  const hole = useGeometry(
    () => box(SQUARE_HOLE_MM, SQUARE_HOLE_MM, 2 + 2 * PROUD_MM, [0, 0, 0]).geometry,
    [],
  )
  const outlet = useGeometry(outletGeometry, [])

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
      <mesh geometry={lcd} material={lcdMaterial(printMaterial.map!)} />
      <instancedMesh
        ref={placeHoles}
        args={[hole, surface('#060607', { roughness: 0.9, key: 'rack-hole' }), HOLES.length]}
      />
      <instancedMesh ref={placeOutlets} args={[outlet, printMaterial, OUTLETS.length]} />
    </group>
  )
}

// --- Stabiliser -------------------------------------------------------------------------------------------

/**
 * The stabiliser: a 4 mm floor plate in front of the rack, braced to a 146 mm upstand bolted to the base
 * frame's front.
 */
const STAB_NEAR_Z = RACK.frontZ
/**
 * Not fitted, it stands on its plate's far edge in the cold aisle, right of the rack (the row is closed
 * on both sides), leaning back 14° against the next rack's closed door (18 mm proud of the frame), its
 * upstand on top.
 */
const LEAN_RAD = (90 - 14) * (Math.PI / 180)
const LEAN_POSITION: Vec3 = [
  600,
  (STAB_NEAR_Z + STABILISER.depthMm) * Math.sin(LEAN_RAD),
  RACK.frontZ + 19 - STAB_NEAR_Z * Math.cos(LEAN_RAD),
]
/** The grip: the middle of the upstand's top edge, in the stabiliser's fitted frame. */
const STAB_GRIP: Vec3 = [0, 146, STAB_NEAR_Z + 2]

/** Where the technician grips the stabiliser while it is not fitted (top edge of its upstand). */
export const STABILISER_POINT: Vec3 = [
  LEAN_POSITION[0],
  STAB_GRIP[1] * Math.cos(LEAN_RAD) - STAB_GRIP[2] * Math.sin(LEAN_RAD) + LEAN_POSITION[1],
  STAB_GRIP[1] * Math.sin(LEAN_RAD) + STAB_GRIP[2] * Math.cos(LEAN_RAD) + LEAN_POSITION[2],
]
/** The same grip once fitted: the upstand's top edge, bolted against the base frame's front channel. */
export const STABILISER_MOUNT_POINT: Vec3 = STAB_GRIP

function stabiliserSteel(): BufferGeometry {
  return mergeParts([
    // The floor plate with its two anchor holes, drawn in (x, z) and laid flat.
    {
      geometry: holedPlate(STABILISER.widthMm, STABILISER.depthMm, 4, [
        roundHole(-200, 80, 8),
        roundHole(200, 80, 8),
      ]),
      at: [0, 0, STAB_NEAR_Z + STABILISER.depthMm / 2],
      rotation: [Math.PI / 2, 0, 0],
    },
    box(STABILISER.widthMm, 146, 4, [0, 73, STAB_NEAR_Z + 2]),
    // Its braces, from the upstand's top down to the plate.
    ...[-1, 1].map((s): Part => ({
      geometry: box(4, 153, 10, [0, 0, 0]).geometry,
      at: [s * (STABILISER.widthMm / 2 - 30), 57, STAB_NEAR_Z + 59],
      rotation: [-0.8, 0, 0],
    })),
  ])
}

/** Its two bolts into the base frame: washer and hex head. */
const stabiliserBolts = () =>
  mergeParts(
    [-150, 150].flatMap((x) => [
      cylinder(11, 2, [x, 125, STAB_NEAR_Z + 5], 16, ALONG_Z),
      cylinder(8.5, 7, [x, 125, STAB_NEAR_Z + 9.5], 6, ALONG_Z),
    ]),
  )

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
