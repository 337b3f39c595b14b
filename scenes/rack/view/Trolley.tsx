/**
 * The equipment trolley standing to the technician's right of the rack: a sturdy two-shelf datacenter
 * cart (the grey powder-coated steel platform carts server rooms keep for moving kit), two pressed
 * steel decks with their folded flanges and black ribbed rubber mats, four corner posts, round rubber
 * bumpers on the top deck's corners so it cannot scar a rack, a tubular push handle with a foam grip at
 * the end away from the rack, and four 125 mm swivel castors (zinc forks, grey rubber tyres, a total
 * lock pedal on the two at the handle end).
 *
 * On it, what the job needs, each item leaving the trolley as it is used (props):
 * - top shelf: a walkie-talkie standing in the front-left corner (to call a colleague), an open carton
 *   of M6 cage nuts with the hooked cage-nut insertion tool beside it, the 2U server's place (drawn by the
 *   caller at SERVER_ON_TROLLEY_AT), the label printer's place (PRINTER_AT, drawn by the caller), the
 *   stack of black 1U blanking panels along the right edge, the roll of hook-and-loop strap, and the
 *   coiled C13–C14 power cords, red tape for feed A and blue tape for feed B;
 * - lower shelf: the switch's place (SWITCH_ON_TROLLEY_AT, drawn by the caller), the clear bag of blue
 *   Cat6A patch cords with its printed header card, the tool pouch and a screwdriver, and the slide
 *   rails' place at the back (RAILS_ON_TROLLEY_AT, drawn by the caller).
 *
 * Draw calls, full: steel (the frame, the zinc parts and the cage nuts), rubber and plastic (the
 * fittings and the items), both vertex-coloured; the printed carton and card; the clear bag: four. Most
 * parts are rows of coloured boxes ([w, h, d, x, y, z, colour], mm) in their assembly's frame.
 */
import {
  Color,
  CylinderGeometry,
  ExtrudeGeometry,
  Float32BufferAttribute,
  Path,
  Shape,
  TorusGeometry,
} from 'three'
import type { BufferGeometry, MeshStandardMaterial } from 'three'
import { box, mergeParts, printedBox, roundedBlock } from '../../../src/kit/geometry.ts'
import type { Part, Vec3 } from '../../../src/kit/geometry.ts'
import { clearPlastic, surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { TROLLEY } from '../layout.ts'
import { drawAreas, fill, packAtlas, print, usePrint } from './Equipment.tsx'

export type TrolleyProps = {
  /** The 2U server lies on the top shelf; the caller draws it at SERVER_ON_TROLLEY_AT. */
  serverOn: boolean
  /** The 1U switch lies on the lower shelf; the caller draws it at SWITCH_ON_TROLLEY_AT. */
  switchOn: boolean
  /** The slide rails lie on the lower shelf; the caller draws them at RAILS_ON_TROLLEY_AT. */
  railsOn: boolean
  /** 1U blanking panels left in the stack (up to 10 drawn). */
  blanksLeft: number
  /** M6 cage nuts left in the carton (up to 48 drawn). */
  cageNutsLeft: number
  /** Patch cords left in the bag (up to 6 coils drawn); the bag goes with the last one. */
  patchCordsLeft: number
  /** Power cords left (up to 4 coils drawn), alternately feed A (red tape) and feed B (blue tape). */
  powerCordsLeft: number
  /** Straps left on the roll: the roll thins as they are cut, and goes with the last one. */
  strapsLeft: number
}

// ---------------------------------------------------------------------------------------------------------
// The cart, in its own frame: the trolley's centre on the floor at the origin, front (technician) +z.

const HALF_W = TROLLEY.widthMm / 2
const HALF_D = TROLLEY.depthMm / 2
const TOP_Y = TROLLEY.topY
/** The lower shelf's mat surface. */
const LOWER_Y = 210
/** The decks' tops, under their 4 mm rubber mats; a deck's folded flange is 40 mm deep. */
const TOP_DECK_Y = TOP_Y - 4
const LOWER_DECK_Y = LOWER_Y - 4
/** The castors' top plates, under the lower deck's corners; their wheels trail 36 mm behind the swivel. */
const CASTOR_PLATE_Y = LOWER_DECK_Y - 40
const WHEEL_RADIUS_MM = 62.5
/** The push handle at the +x end: a bent tube clamped to both decks' flanges, the grip along z. */
const HANDLE_X = HALF_W + 30
const HANDLE_Y = 1005
const HANDLE_FOOT_Y = 170
const HANDLE_SIDE_Z = 230
const GRIP_HALF_MM = 165
const GRIP_RADIUS_MM = 17

/** The push handle's foam grip, world frame: its axis runs along z at (x, y), ± halfLengthMm. */
export const PUSH_HANDLE_GRIP = {
  x: TROLLEY.x + HANDLE_X,
  y: HANDLE_Y,
  z: TROLLEY.z,
  halfLengthMm: GRIP_HALF_MM,
  radiusMm: GRIP_RADIUS_MM,
}

// ---------------------------------------------------------------------------------------------------------
// Where each item lies, trolley frame (x, z of its centre unless said otherwise).

const RADIO_AT: Vec3 = [-355, TOP_Y, -262]
/** The cage nuts' carton, 50 mm high. */
const NUTS_X = -360
const NUTS_Z = 30
const NUT_TOOL_AT: Vec3 = [-358, TOP_Y, -150]
/** The blanking panels' stack, 9 mm a panel, up to 10. */
const BLANKS_X = 348
const BLANKS_Z = -35
const BLANKS_SHOWN = 10
/** The roll of hook-and-loop strap, 20 mm wide. */
const STRAPS_X = 352
const STRAPS_Z = 258
/** The power cords' coils, up to 4, and the patch cords' bag, up to 6 coils. */
const POWER_X = 235
const POWER_Z = -150
const PATCH_X = 230
const PATCH_Z = 150
/** The patch cords' clear bag: 260 × 220 mm, as high as its coils. */
const patchBagHeightMm = (count: number) => 12 + count * 7

const world = (x: number, y: number, z: number): Vec3 => [TROLLEY.x + x, y, TROLLEY.z + z]

/** Where the caller draws the 2U server (front toward +z): [x centre, y bottom, z front face]. */
export const SERVER_ON_TROLLEY_AT: Vec3 = world(-80, TOP_Y, HALF_D - 10)
/** Where the caller draws the 1U switch (front toward +z), lower shelf: [x centre, y bottom, z front face]. */
export const SWITCH_ON_TROLLEY_AT: Vec3 = world(-140, LOWER_Y, HALF_D - 10)
/**
 * Where the caller draws the slide rails, lower shelf at the back: the middle of the rear rail, on the
 * mat; the front one lies RAILS_ON_TROLLEY_SPACING_MM further toward +z. They lie flat with their length
 * along x (a mounted rail runs along z: turned a quarter turn about y), 700 mm long at most.
 */
export const RAILS_ON_TROLLEY_AT: Vec3 = world(-20, LOWER_Y, -250)
export const RAILS_ON_TROLLEY_SPACING_MM = 70
/** The top of the blanking panels' stack: where the pointer takes the next one. */
export function blanksPoint(blanksLeft: number): Vec3 {
  return world(BLANKS_X, TOP_Y + Math.min(blanksLeft, BLANKS_SHOWN) * 9, BLANKS_Z)
}
/** The top of the full stack (the grip point the caller shows before any panel is taken). */
export const BLANKS_POINT: Vec3 = blanksPoint(BLANKS_SHOWN)
/** The cage-nut carton's open top, middle: where the pointer takes a nut. */
export const CAGE_NUT_POINT: Vec3 = world(NUTS_X, TOP_Y + 50, NUTS_Z)
/** The top of the patch-cord bag, middle. */
export const PATCH_CORDS_POINT: Vec3 = world(PATCH_X, LOWER_Y + 20, PATCH_Z)
/** The top of the power cords' coils, middle. */
export const POWER_CORDS_POINT: Vec3 = world(POWER_X, TOP_Y + 20, POWER_Z)
/** The top of the hook-and-loop roll. */
export const STRAPS_POINT: Vec3 = world(STRAPS_X, TOP_Y + 20, STRAPS_Z)
/** The walkie-talkie's front face, upper body (above the cage-nut carton in front of it): where it is picked up. */
export const RADIO_POINT: Vec3 = world(RADIO_AT[0], TOP_Y + 95, RADIO_AT[2] + 17)

// ---------------------------------------------------------------------------------------------------------
// Helpers

/**
 * Gives every vertex of a part one colour (converted to linear, as three's Color does), so parts of
 * many colours merge into one mesh drawn with a vertex-colour material.
 */
export function paint(part: Part, hex: string): Part {
  const rgb = new Color(hex).toArray()
  const count = part.geometry.getAttribute('position').count
  part.geometry.setAttribute(
    'color',
    new Float32BufferAttribute(Array.from({ length: count }, () => rgb).flat(), 3),
  )
  return part
}

/** The colours most parts share. */
const BLACK = '#17181b'
const DARK = '#1d1e21'
const GREY = '#2a2c30'
const RED = '#c62828'
const ORANGE = '#e8590c'
const FRAME_GREY = '#8e959b'
const ZINC = '#b4b9bf'
const CAT6A_BLUE = '#1f6fd1'
const KRAFT = '#b98c5a'

/** A box [w, h, d, x, y, z] (mm) of one colour. */
type ColourBox = [number, number, number, number, number, number, string]
const colourBoxes = (rows: ColourBox[]) =>
  rows.map(([w, h, d, x, y, z, hex]) => paint(box(w, h, d, [x, y, z]), hex))

/** Parts built in a sub-assembly's own frame, merged, then placed (and turned) as one part. */
function assembly(parts: Part[], at: Vec3, rotation?: Vec3): Part {
  return { geometry: mergeParts(parts), at, rotation }
}

/** A round part of one colour, upright or turned (ALONG_Z: tapes, axles, tyres), tapered to `bottomMm`. */
function round(
  radiusMm: number,
  lengthMm: number,
  at: Vec3,
  hex: string,
  rotation?: Vec3,
  bottomMm = radiusMm,
): Part {
  return paint({ geometry: new CylinderGeometry(radiusMm, bottomMm, lengthMm, 24), at, rotation }, hex)
}
const ALONG_Z: Vec3 = [Math.PI / 2, 0, 0]
const ALONG_X: Vec3 = [0, 0, -Math.PI / 2]

/** A moulded part of one colour, standing on `at`. */
const moulded = (w: number, h: number, d: number, at: Vec3, hex: string, cornerMm = 3, edgeMm = 2) =>
  paint({ geometry: roundedBlock(w, h, d, { cornerMm, edgeMm }), at }, hex)

/** A flat ring round the y axis (a roll, a strap) standing on y = 0: outer and inner radius, height. */
export function annulus(outerMm: number, innerMm: number, heightMm: number): BufferGeometry {
  const shape = new Shape().absarc(0, 0, outerMm, 0, Math.PI * 2, false)
  shape.holes.push(new Path().absarc(0, 0, innerMm, 0, Math.PI * 2, true))
  const geometry = new ExtrudeGeometry(shape, { depth: heightMm, bevelEnabled: false, curveSegments: 28 })
  return geometry.rotateX(-Math.PI / 2)
}

/** Deterministic jitter in [-0.5, 0.5), so hand-wound coils and a nut pile look the same every time. */
function wobble(seed: number): number {
  const s = Math.sin(seed * 12.9898 + 78.233) * 43758.5453
  return s - Math.floor(s) - 0.5
}

/** The four corners: [x side, z side] (−1 or 1), and the castor's swivel turn there (rad). */
const CORNERS: Array<[number, number, number]> = [
  [-1, -1, 0.25],
  [-1, 1, -0.15],
  [1, -1, 0],
  [1, 1, 0.1],
]

// ---------------------------------------------------------------------------------------------------------
// The steel: decks, posts, handle tube and its clamps (powder-coated), the castors' forks, the
// screwdriver's blade, the cage-nut tool and the cage nuts (zinc).

function steelParts(nuts: number): Part[] {
  return [
    ...colourBoxes(
      [TOP_DECK_Y, LOWER_DECK_Y].flatMap((y): ColourBox[] => [
        [2 * HALF_W, 40, 2 * HALF_D, 0, y - 20, 0, FRAME_GREY],
        // The clamps holding the handle's legs to the deck's end flange.
        [34, 34, 46, (HALF_W + HANDLE_X) / 2, y - 20, HANDLE_SIDE_Z, FRAME_GREY],
        [34, 34, 46, (HALF_W + HANDLE_X) / 2, y - 20, -HANDLE_SIDE_Z, FRAME_GREY],
      ]),
    ),
    ...colourBoxes(
      CORNERS.map(([sx, sz]): ColourBox => [
        28,
        TOP_DECK_Y - 40 - LOWER_DECK_Y,
        28,
        sx * (HALF_W - 30),
        (TOP_DECK_Y - 40 + LOWER_DECK_Y) / 2,
        sz * (HALF_D - 30),
        FRAME_GREY,
      ]),
    ),
    // The handle's tube: two legs, bent (45 mm) into the bar under the grip.
    ...[-1, 1].flatMap((s) => [
      round(
        12.5,
        HANDLE_Y - 45 - HANDLE_FOOT_Y,
        [HANDLE_X, (HANDLE_Y - 45 + HANDLE_FOOT_Y) / 2, s * HANDLE_SIDE_Z],
        FRAME_GREY,
      ),
      paint(
        {
          geometry: new TorusGeometry(45, 12.5, 24, 12, Math.PI / 2),
          at: [HANDLE_X, HANDLE_Y - 45, s * (HANDLE_SIDE_Z - 45)],
          rotation: [0, (-s * Math.PI) / 2, 0],
        },
        FRAME_GREY,
      ),
    ]),
    round(12.5, 2 * HANDLE_SIDE_Z - 90, [HANDLE_X, HANDLE_Y, 0], FRAME_GREY, ALONG_Z),
    ...castors(() => [
      // Top plate, swivel and fork crown, axle, and the fork's legs raked back from the crown to the axle.
      ...colourBoxes([
        [100, 5, 84, 0, CASTOR_PLATE_Y - 2.5, 0, ZINC],
        [86, 19, 48, 18, CASTOR_PLATE_Y - 14.5, 0, ZINC],
      ]),
      round(6, 60, [36, WHEEL_RADIUS_MM, 0], ZINC, ALONG_Z),
      ...[-22, 22].map((z): Part => ({
        ...paint(box(40, 91.5, 3, [21.6, CASTOR_PLATE_Y - 65.75, z]), ZINC),
        rotation: [0, 0, 0.22],
      })),
    ]),
    screwdriver([round(3, 125, [162.5, 0, 0], ZINC, ALONG_X)]),
    nutTool([
      paint(box(11, 2.5, 80, [0, 1.25, -30]), ZINC),
      { ...paint(box(11, 2.5, 12, [0, 4, -73]), ZINC), rotation: [-0.8, 0, 0] },
    ]),
    // The cage nuts, each a square nut in its cage: a pile of layers of 4 × 7, 14.5 mm apart, filling the
    // carton from the bottom, each a little askew.
    ...Array.from({ length: nuts }, (_, i) =>
      assembly(
        colourBoxes([
          [13, 1, 13, 0, 0.5, 0, ZINC],
          [9.5, 5, 9.5, 0, 3.5, 0, ZINC],
        ]),
        [
          NUTS_X + ((i % 4) - 1.5) * 14.5 + 3 * wobble(i * 3.7),
          TOP_Y + 3 + Math.floor(i / 28) * 6.5,
          NUTS_Z + ((Math.floor(i / 4) % 7) - 3) * 14.5 + 3 * wobble(i * 5.1),
        ],
        [0.35 * wobble(i * 2.9), Math.PI * wobble(i * 7.3), 0],
      ),
    ),
  ]
}

/** A castor's parts, placed under each corner of the lower deck, turned on its swivel. */
const castors = (parts: (brake: boolean) => Part[]) =>
  CORNERS.map(([sx, sz, yawRad]) =>
    assembly(parts(sx > 0), [sx * (HALF_W - 70), 0, sz * (HALF_D - 70)], [0, yawRad, 0]),
  )

/** Lying on the lower mat along +x from its handle's end, handle down and tip up a little less. */
const screwdriver = (parts: Part[]) => assembly(parts, [-40, LOWER_Y + 14, -45], [0, 0.18, -0.045])

/** The cage-nut insertion tool: a stamped steel lever with a hooked tip, its handle dipped in red plastic. */
const nutTool = (parts: Part[]) => assembly(parts, NUT_TOOL_AT, [0, 0.12, 0])

// ---------------------------------------------------------------------------------------------------------
// Fittings: tyres, bumpers, grip, mats, and the fixed kit (radio, tool pouch, the screwdriver's handle,
// the tool's grip).

function fittingParts(): Part[] {
  const parts: Part[] = [
    ...castors((brake) => [
      round(WHEEL_RADIUS_MM, 32, [36, WHEEL_RADIUS_MM, 0], '#3b3e43', ALONG_Z),
      round(36, 35, [36, WHEEL_RADIUS_MM, 0], '#aeb3b8', ALONG_Z),
      // The total-lock pedal over the tyre's back, its red pad on top.
      ...colourBoxes(
        brake
          ? [
              [34, 6, 44, 98, CASTOR_PLATE_Y - 30, 0, GREY],
              [26, 3, 36, 102, CASTOR_PLATE_Y - 25.5, 0, RED],
            ]
          : [],
      ),
    ]),
    ...CORNERS.map(([sx, sz]) => round(22, 42, [sx * HALF_W, TOP_DECK_Y - 20, sz * HALF_D], GREY)),
    round(GRIP_RADIUS_MM, 2 * GRIP_HALF_MM, [HANDLE_X, HANDLE_Y, 0], BLACK, ALONG_Z),
    // The walkie-talkie, its front 17 mm from its middle: body, speaker grille, LCD, the orange emergency
    // key on top, the yellow push-to-talk key on the side, the antenna and the channel knob.
    assembly(
      [
        moulded(56, 112, 34, [0, 0, 0], DARK, 9, 4),
        ...colourBoxes([
          [44, 40, 1, 0, 30, 17.2, GREY],
          [34, 15, 1, 0, 84, 17.3, '#8d9c86'],
          [12, 5, 9, 0, 113.5, 2, ORANGE],
          [5, 34, 18, -29, 75, 0, '#f2c200'],
        ]),
        round(3.5, 95, [-14, 159, -4], BLACK, undefined, 6.5),
        round(8.5, 16, [14, 120, -4], GREY),
      ],
      RADIO_AT,
    ),
    // The tool pouch: its zip and its orange piping.
    assembly(
      [
        moulded(300, 75, 105, [0, 0, 0], DARK, 28, 16),
        ...colourBoxes([
          [250, 2, 5, 0, 75.2, 0, BLACK],
          [280, 4, 95, 0, 33.75, 0, ORANGE],
        ]),
      ],
      [-225, LOWER_Y, -80],
      [0, 0.04, 0],
    ),
    screwdriver([round(10, 100, [50, 0, 0], RED, ALONG_X, 13)]),
    nutTool([moulded(18, 11, 70, [0, 0, 42], RED, 7, 4)]),
  ]
  // The mats: a base and its ribs along x, every 10 mm.
  for (const surfaceY of [TOP_Y, LOWER_Y]) {
    parts.push(paint(box(772, 2.5, 572, [0, surfaceY - 2.75, 0]), GREY))
    for (let z = -281; z < 286; z += 10) parts.push(paint(box(772, 1.5, 5, [0, surfaceY - 0.75, z]), GREY))
  }
  return parts
}

// ---------------------------------------------------------------------------------------------------------
// The items that leave the trolley: blanking panels, cords, strap roll (vertex colours).

/**
 * A cord coiled by hand and laid flat round `at`: `turns` loops of slightly different sizes lying on
 * each other. Its two ends cross over the coil side by side, `spreadMm` apart, toward the middle, where
 * `plug(end)` lies: parts built along +z from the cord's end, pointing inward, the cord's tail behind
 * them (cordTail).
 */
function coil(
  at: Vec3,
  radiusMm: number,
  turns: number,
  cordMm: number,
  spreadMm: number,
  seed: number,
  hex: string,
  plug: (end: number) => Part[],
): Part[] {
  const [x, y, z] = at
  const endRad = Math.PI / 2 + 0.5 * wobble(seed)
  const cos = Math.cos(endRad)
  const sin = Math.sin(endRad)
  const plugRadiusMm = radiusMm - 6 * cordMm
  return [
    ...Array.from({ length: turns }, (_, t) =>
      paint(
        {
          geometry: new TorusGeometry(radiusMm * (1 + 0.08 * wobble(seed + t)), cordMm, 6, 48),
          at: [x + 3 * wobble(seed + 2 * t), y + cordMm * (1 + t / turns), z + 3 * wobble(seed + 3 * t)],
          rotation: [Math.PI / 2 + 0.03 * wobble(seed + 4 * t), 0, 0],
        },
        hex,
      ),
    ),
    ...[-1, 1].map((side, end) =>
      assembly(
        plug(end),
        [
          x + plugRadiusMm * cos + (side * spreadMm * sin) / 2,
          y + 3.6 * cordMm,
          z + plugRadiusMm * sin - (side * spreadMm * cos) / 2,
        ],
        // Turned to point at the coil's middle.
        [0, 1.5 * Math.PI - endRad, 0],
      ),
    ),
  ]
}

/** The last bit of a cord, up to where its plug's parts start. */
const cordTail = (cordMm: number, hex: string) => round(cordMm, 6 * cordMm, [0, 0, -3 * cordMm], hex, ALONG_Z)

/** Coil `i` in the patch-cord bag with its plugs' snagless boots; or, `clear`, only the plugs' clear bodies. */
const patchCoil = (i: number, clear: boolean) =>
  coil(
    [PATCH_X + 8 * wobble(i + 4), LOWER_Y + 1 + i * 7, PATCH_Z - 12 + 8 * wobble(i + 9)],
    82,
    clear ? 0 : 3,
    3,
    17,
    3 + i * 7,
    CAT6A_BLUE,
    () =>
      clear
        ? [box(11.7, 8, 21, [0, -1, 40])]
        : [cordTail(3, CAT6A_BLUE), moulded(13.5, 10.5, 18, [0, -5.25, 21], CAT6A_BLUE)],
  )

function itemParts(blanks: number, patchCords: number, powerCords: number, straps: number): Part[] {
  const parts: Part[] = []
  for (let i = 0; i < blanks; i++) {
    // Face up, stacked by hand: each a little off the one under it.
    parts.push({
      ...paint(
        box(44.45, 8.8, 482.6, [
          BLANKS_X + 5 * wobble(i * 2.3),
          TOP_Y + i * 9 + 4.4,
          BLANKS_Z + 20 * wobble(i * 4.7),
        ]),
        BLACK,
      ),
      rotation: [0, 0.03 * wobble(i * 6.1), 0],
    })
  }
  for (let i = 0; i < powerCords; i++) {
    // Coils laid half over each other, so each one's plugs and tape show: feed A's red tape or feed B's
    // blue behind the plug, a C13 at one end, a C14 at the other.
    const at: Vec3 = [
      POWER_X + 6 * wobble(i + 2),
      TOP_Y + i * 9,
      POWER_Z + (i % 2 ? 45 : -45) + 6 * wobble(i + 7),
    ]
    parts.push(
      ...coil(at, 70, 4, 3.6, 30, 11 + i * 5, BLACK, (end) => [
        cordTail(3.6, BLACK),
        round(4.3, 16, [0, 0, -16], i % 2 ? CAT6A_BLUE : RED, ALONG_Z),
        moulded(26, 16, 30 - 6 * end, [0, -8, 30 - 3 * end], DARK),
      ]),
    )
  }
  for (let i = 0; i < patchCords; i++) parts.push(...patchCoil(i, false))
  if (straps > 0) {
    // The roll of hook-and-loop on its cardboard core, its free end peeled off tangentially.
    const outerMm = 23 + 1.6 * straps
    parts.push(
      paint({ geometry: annulus(outerMm, 20, 20), at: [STRAPS_X, TOP_Y, STRAPS_Z] }, BLACK),
      paint({ geometry: annulus(20, 17, 20.6), at: [STRAPS_X, TOP_Y, STRAPS_Z] }, '#b58a58'),
      paint(box(36, 20, 1.6, [STRAPS_X - 18, TOP_Y + 10, STRAPS_Z + outerMm + 0.8]), BLACK),
    )
  }
  return parts
}

/** The patch cords' clear bag and the plugs' clear bodies. */
function clearParts(patchCords: number): Part[] {
  const heightMm = patchBagHeightMm(patchCords)
  return [
    {
      geometry: roundedBlock(260, heightMm, 220, { cornerMm: 16, edgeMm: 5 }),
      at: [PATCH_X, LOWER_Y, PATCH_Z],
    },
    ...Array.from({ length: patchCords }, (_, i) => patchCoil(i, true)).flat(),
  ]
}

// ---------------------------------------------------------------------------------------------------------
// The printed carton of cage nuts and the patch-cord bag's header card: one atlas.

const { heightPx: PRINT_HEIGHT_PX, areas: PRINTS } = packAtlas({
  card: [0, 0, 220, 40],
  cartonFront: [0, 0, 64, 50],
  cartonSide: [0, 0, 106, 50],
  // Plain board, outside and the paler inside: areas large enough that their edges do not show on the
  // faces they cover.
  kraft: [0, 0, 30, 30],
  inside: [0, 0, 30, 30],
})

function drawPrint(context: CanvasRenderingContext2D) {
  drawAreas(context, PRINTS, {
    // The header card: white, the cord's blue band, the reference in big letters.
    card: [
      '#fbfbf8',
      () => {
        fill(context, CAT6A_BLUE, 0, 0, 30, 40)
        print(context, '2 m', 15, 20, 13)
        print(context, 'CORDON RJ45 Cat6A', 125, 27, 12.5, BLACK, 182)
      },
    ],
    // The carton's front: the supplier's white label.
    cartonFront: [
      KRAFT,
      () => {
        fill(context, '#fbfbf8', 5, 7.5, 54, 35)
        print(context, 'ÉCROUS CAGE', 32, 32, 7.5, BLACK, 48)
        print(context, 'M6 · 50 pcs', 32, 18, 7.5, BLACK, 48)
      },
    ],
    // Its long sides: the size in big figures.
    cartonSide: [KRAFT, () => print(context, 'M6', 53, 25, 27.5, BLACK)],
    kraft: [KRAFT],
    inside: ['#c9a578'],
  })
}

/**
 * The open carton (64 × 110 × 50 mm, 2 mm board): its bottom, then each wall, printed outside and plain
 * inside, with its flap: [length, distance out, turn about y, outside print, flap's angle from upright].
 * The end flaps are folded well down outward, the side ones stand open.
 */
const CARTON_WALLS: Array<[number, number, number, 'cartonFront' | 'cartonSide' | 'kraft', number]> = [
  [64, 55, 0, 'cartonFront', 2.12],
  [106, 32, Math.PI / 2, 'cartonSide', 0.35],
  [64, 55, Math.PI, 'kraft', 2.12],
  [106, 32, -Math.PI / 2, 'cartonSide', 0.35],
]

function printedParts(patchCords: number): Part[] {
  const { kraft, inside } = PRINTS
  const at: Vec3 = [NUTS_X, TOP_Y, NUTS_Z]
  const parts: Part[] = [
    { geometry: printedBox(64, 2, 110, {}, inside.rect), at: [at[0], TOP_Y + 1, at[2]] },
    ...CARTON_WALLS.map(([lengthMm, outMm, turnRad, outside, flapRad]) =>
      assembly(
        [
          {
            geometry: printedBox(
              lengthMm,
              50,
              2,
              { front: PRINTS[outside].rect, back: inside.rect },
              kraft.rect,
            ),
            at: [0, 25, outMm - 1],
          },
          {
            geometry: printedBox(lengthMm, 32, 2, {}, kraft.rect),
            at: [0, 50 + 16 * Math.cos(flapRad), outMm + 16 * Math.sin(flapRad)],
            rotation: [flapRad, 0, 0],
          },
        ],
        at,
        [0, turnRad, 0],
      ),
    ),
  ]
  if (patchCords > 0) {
    parts.push({
      geometry: printedBox(220, 0.8, 40, { top: PRINTS.card.rect }, PRINTS.card.rect),
      at: [PATCH_X, LOWER_Y + patchBagHeightMm(patchCords) - 2, PATCH_Z + 82],
    })
  }
  return parts
}

// ---------------------------------------------------------------------------------------------------------

/** A cached surface whose colours come from the geometry's vertices (parts given them by `paint`). */
export function vertexColours(key: string, roughness: number): MeshStandardMaterial {
  const material = surface('#ffffff', { roughness, key })
  if (!material.vertexColors) {
    material.vertexColors = true
    material.needsUpdate = true
  }
  return material
}

/** The steel's vertex-colour material: powder coat and zinc plating, a little shiny. */
function steel(): MeshStandardMaterial {
  const material = vertexColours('trolley-steel', 0.42)
  material.metalness = 0.3
  return material
}

const clamp = (value: number, most: number) => Math.max(0, Math.min(value, most))

export function Trolley({
  blanksLeft,
  cageNutsLeft,
  patchCordsLeft,
  powerCordsLeft,
  strapsLeft,
}: TrolleyProps) {
  const print = usePrint('trolley-print', PRINT_HEIGHT_PX, drawPrint)
  const blanks = clamp(blanksLeft, BLANKS_SHOWN)
  const patchCords = clamp(patchCordsLeft, 6)
  const powerCords = clamp(powerCordsLeft, 4)
  const straps = clamp(strapsLeft, 10)
  const nuts = clamp(cageNutsLeft, 48)

  const steelGeometry = useGeometry(() => mergeParts(steelParts(nuts)), [nuts])
  // The fixed fittings and the items are one mesh, rebuilt (a few milliseconds) as an item is taken.
  const plastics = useGeometry(
    () => mergeParts([...fittingParts(), ...itemParts(blanks, patchCords, powerCords, straps)]),
    [blanks, patchCords, powerCords, straps],
  )
  const clear = useGeometry(() => mergeParts(clearParts(patchCords)), [patchCords])
  const printed = useGeometry(() => mergeParts(printedParts(patchCords)), [patchCords])
  return (
    <group position={[TROLLEY.x, 0, TROLLEY.z]}>
      <mesh geometry={steelGeometry} material={steel()} />
      <mesh geometry={plastics} material={vertexColours('trolley-kit', 0.7)} />
      <mesh geometry={printed} material={print} />
      {/* The bag goes with the last patch cord. */}
      <mesh geometry={clear} material={clearPlastic('#eef4f8', 0.28)} visible={patchCords > 0} />
    </group>
  )
}
