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
 * Draw calls, full: frame, zinc parts, rubber and plastic fittings (vertex colours), items (vertex
 * colours), cage nuts (instanced), printed carton and card, clear bag: seven.
 */
import { use, useLayoutEffect, useMemo, useRef } from 'react'
import {
  BufferGeometry,
  CatmullRomCurve3,
  Color,
  CurvePath,
  CylinderGeometry,
  ExtrudeGeometry,
  Float32BufferAttribute,
  LineCurve3,
  Object3D,
  Path,
  QuadraticBezierCurve3,
  Shape,
  TubeGeometry,
  Vector3,
} from 'three'
import type { InstancedMesh, MeshStandardMaterial } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { box, mergeParts, printedBox, roundedBlock } from '../../../src/kit/geometry.ts'
import type { AtlasRect, Part, Vec3 } from '../../../src/kit/geometry.ts'
import { clearPlastic, surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { TROLLEY } from '../layout.ts'

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
/** A pressed steel deck: its folded flange, and the rubber mat on it (ribs along x). */
const DECK = { flangeMm: 40, matMm: 4, matInsetMm: 14, ribPitchMm: 10, ribMm: 1.5 }
const deckTopY = (surfaceY: number) => surfaceY - DECK.matMm
/** Square-tube corner posts between the decks. */
const POST = { sizeMm: 28, insetMm: 16 }
/** Swivel castors under the lower deck's corners; the wheel trails behind the swivel axis. */
const CASTOR = {
  x: HALF_W - 70,
  z: HALF_D - 70,
  wheelRadiusMm: 62.5,
  wheelWidthMm: 32,
  trailMm: 36,
  plateY: deckTopY(LOWER_Y) - DECK.flangeMm,
}
/** The push handle at the +x end: a bent tube clamped to both decks' flanges, the grip along z. */
const HANDLE = {
  x: HALF_W + 30,
  y: 1005,
  footY: 170,
  sideZ: 230,
  bendMm: 45,
  tubeRadiusMm: 12.5,
  gripHalfMm: 165,
  gripRadiusMm: 17,
}

/** The push handle's foam grip, world frame: its axis runs along z at (x, y), ± halfLengthMm. */
export const PUSH_HANDLE_GRIP = {
  x: TROLLEY.x + HANDLE.x,
  y: HANDLE.y,
  z: TROLLEY.z,
  halfLengthMm: HANDLE.gripHalfMm,
  radiusMm: HANDLE.gripRadiusMm,
}

// ---------------------------------------------------------------------------------------------------------
// Where each item lies, trolley frame (x, z of its centre unless said otherwise).

const RADIO = { x: -355, z: -262, widthMm: 56, heightMm: 112, depthMm: 34 }
const NUT_BOX = { x: -360, z: 30, widthMm: 64, depthMm: 110, heightMm: 50, wallMm: 2, flapMm: 32 }
const NUT_TOOL = { x: -358, z: -150 }
/** The server's front face is flush with the top deck's front; its 720 mm depth overhangs the back. */
const SERVER = { x: -80, frontZ: HALF_D - 10 }
const BLANKS = { x: 348, z: -35, widthMm: 44.45, lengthMm: 482.6, pitchMm: 9, shown: 10 }
const STRAP_ROLL = { x: 352, z: 258, coreMm: 20, widthMm: 20 }
const POWER = { x: 235, z: -150, loopMm: 70, cordMm: 3.6, layerMm: 9, staggerMm: 45, shown: 4 }
const SWITCH = { x: -140, frontZ: HALF_D - 10 }
const PATCH = { x: 230, z: 150, widthMm: 260, depthMm: 220, loopMm: 82, cordMm: 3, layerMm: 7, shown: 6 }
const POUCH = { x: -225, z: -80, lengthMm: 300, heightMm: 75, depthMm: 105 }
const SCREWDRIVER = { x: -40, z: -45 }
const RAILS = { x: -20, z: -250 }

const world = (x: number, y: number, z: number): Vec3 => [TROLLEY.x + x, y, TROLLEY.z + z]

/** Where the caller draws the 2U server (front toward +z): [x centre, y bottom, z front face]. */
export const SERVER_ON_TROLLEY_AT: Vec3 = world(SERVER.x, TOP_Y, SERVER.frontZ)
/** Where the caller draws the 1U switch (front toward +z), lower shelf: [x centre, y bottom, z front face]. */
export const SWITCH_ON_TROLLEY_AT: Vec3 = world(SWITCH.x, LOWER_Y, SWITCH.frontZ)
/**
 * Where the caller draws the slide rails, lower shelf at the back: the middle of the rear rail, on the
 * mat; the front one lies RAILS_ON_TROLLEY_SPACING_MM further toward +z. They lie flat with their length
 * along x (a mounted rail runs along z: turned a quarter turn about y), 700 mm long at most.
 */
export const RAILS_ON_TROLLEY_AT: Vec3 = world(RAILS.x, LOWER_Y, RAILS.z)
export const RAILS_ON_TROLLEY_SPACING_MM = 70
/** The top of the blanking panels' stack: where the pointer takes the next one. */
export function blanksPoint(blanksLeft: number): Vec3 {
  return world(BLANKS.x, TOP_Y + Math.min(blanksLeft, BLANKS.shown) * BLANKS.pitchMm, BLANKS.z)
}
/** The top of the full stack (the grip point the caller shows before any panel is taken). */
export const BLANKS_POINT: Vec3 = blanksPoint(BLANKS.shown)
/** The cage-nut carton's open top, middle: where the pointer takes a nut. */
export const CAGE_NUT_POINT: Vec3 = world(NUT_BOX.x, TOP_Y + NUT_BOX.heightMm, NUT_BOX.z)
/** The top of the patch-cord bag, middle. */
export const PATCH_CORDS_POINT: Vec3 = world(PATCH.x, LOWER_Y + 20, PATCH.z)
/** The top of the power cords' coils, middle. */
export const POWER_CORDS_POINT: Vec3 = world(POWER.x, TOP_Y + 20, POWER.z)
/** The top of the hook-and-loop roll. */
export const STRAPS_POINT: Vec3 = world(STRAP_ROLL.x, TOP_Y + STRAP_ROLL.widthMm, STRAP_ROLL.z)
/** The walkie-talkie's front face, upper body (above the cage-nut carton in front of it): where it is picked up. */
export const RADIO_POINT: Vec3 = world(RADIO.x, TOP_Y + 95, RADIO.z + RADIO.depthMm / 2)

// ---------------------------------------------------------------------------------------------------------
// Helpers

/**
 * Gives every vertex of a part one colour (converted to linear, as three's Color does), so parts of
 * many colours merge into one mesh drawn with a vertex-colour material.
 */
export function paint(part: Part, hex: string): Part {
  const colour = new Color(hex)
  const count = part.geometry.getAttribute('position').count
  const rgb = new Float32Array(count * 3)
  for (let v = 0; v < count; v++) colour.toArray(rgb, v * 3)
  part.geometry.setAttribute('color', new Float32BufferAttribute(rgb, 3))
  return part
}

/** Parts built in a sub-assembly's own frame, merged, then placed (and turned) as one part. */
function assembly(parts: Part[], at: Vec3, rotation: Vec3 = [0, 0, 0]): Part {
  return { geometry: mergeParts(parts), at, rotation }
}

/** A cylinder lying along z (cords' tapes, axles, tyres), centred on `at`. */
function cylinderZ(radiusMm: number, lengthMm: number, at: Vec3, segments = 16): Part {
  return { geometry: new CylinderGeometry(radiusMm, radiusMm, lengthMm, segments).rotateX(Math.PI / 2), at }
}

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

// ---------------------------------------------------------------------------------------------------------
// The frame: decks, posts, handle tube and its clamps.

function deckParts(surfaceY: number): Part[] {
  const top = deckTopY(surfaceY)
  return [box(TROLLEY.widthMm, DECK.flangeMm, TROLLEY.depthMm, [0, top - DECK.flangeMm / 2, 0])]
}

function handlePath(): CurvePath<Vector3> {
  const { x, y, footY, sideZ, bendMm } = HANDLE
  const path = new CurvePath<Vector3>()
  const corner = (z: number, inward: number) => [
    new Vector3(x, y - bendMm, z),
    new Vector3(x, y, z),
    new Vector3(x, y, z + inward * bendMm),
  ]
  const [a0, a1, a2] = corner(-sideZ, 1)
  const [b0, b1, b2] = corner(sideZ, -1)
  path.add(new LineCurve3(new Vector3(x, footY, -sideZ), a0!))
  path.add(new QuadraticBezierCurve3(a0!, a1!, a2!))
  path.add(new LineCurve3(a2!, b2!))
  path.add(new QuadraticBezierCurve3(b2!, b1!, b0!))
  path.add(new LineCurve3(b0!, new Vector3(x, footY, sideZ)))
  return path
}

function frameParts(): Part[] {
  const parts: Part[] = [...deckParts(TOP_Y), ...deckParts(LOWER_Y)]
  const postBottom = deckTopY(LOWER_Y)
  const postTop = deckTopY(TOP_Y) - DECK.flangeMm
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      const x = sx * (HALF_W - POST.insetMm - POST.sizeMm / 2)
      const z = sz * (HALF_D - POST.insetMm - POST.sizeMm / 2)
      parts.push(box(POST.sizeMm, postTop - postBottom, POST.sizeMm, [x, (postTop + postBottom) / 2, z]))
    }
  }
  parts.push({ geometry: new TubeGeometry(handlePath(), 160, HANDLE.tubeRadiusMm, 12, false) })
  // The clamps holding the handle's legs to both decks' end flanges.
  for (const surfaceY of [TOP_Y, LOWER_Y]) {
    for (const sz of [-1, 1]) {
      const y = deckTopY(surfaceY) - DECK.flangeMm / 2
      parts.push(box(HANDLE.x - HALF_W + 4, 34, 46, [(HALF_W + HANDLE.x) / 2, y, sz * HANDLE.sideZ]))
    }
  }
  return parts
}

// ---------------------------------------------------------------------------------------------------------
// Castors: one zinc assembly and one rubber assembly, placed four times, each turned on its swivel.

const CASTORS: { x: number; z: number; yawRad: number; brake: boolean }[] = [
  { x: -CASTOR.x, z: -CASTOR.z, yawRad: 0.25, brake: false },
  { x: -CASTOR.x, z: CASTOR.z, yawRad: -0.15, brake: false },
  { x: CASTOR.x, z: -CASTOR.z, yawRad: 0, brake: true },
  { x: CASTOR.x, z: CASTOR.z, yawRad: 0.1, brake: true },
]

function castorZincParts(): Part[] {
  const { plateY, trailMm, wheelRadiusMm, wheelWidthMm } = CASTOR
  const forkZ = wheelWidthMm / 2 + 6
  const crownY = plateY - 22
  const legHeightMm = crownY - wheelRadiusMm + 10
  const parts: Part[] = [
    box(100, 5, 84, [0, plateY - 2.5, 0]),
    { geometry: new CylinderGeometry(30, 34, 12, 20), at: [0, plateY - 11, 0] },
    box(trailMm + 50, 5, 2 * forkZ + 4, [trailMm / 2, crownY, 0]),
    cylinderZ(6, 2 * forkZ + 16, [trailMm, wheelRadiusMm, 0], 10),
  ]
  for (const sz of [-1, 1]) {
    // The fork's legs, raked back from the crown to the axle, and the axle's nuts.
    parts.push({
      geometry: box(40, legHeightMm, 3, [0, 0, 0]).geometry,
      at: [trailMm * 0.6, crownY - legHeightMm / 2 + 2, sz * forkZ],
      rotation: [0, 0, 0.22],
    })
    parts.push(cylinderZ(9, 5, [trailMm, wheelRadiusMm, sz * (forkZ + 5)], 6))
    // The plate's four bolts.
    for (const sx of [-1, 1]) {
      parts.push({ geometry: new CylinderGeometry(6, 6, 4, 6), at: [sx * 38, plateY + 2, sz * 30] })
    }
  }
  return parts
}

function castorRubberParts(brake: boolean): Part[] {
  const { trailMm, wheelRadiusMm, wheelWidthMm, plateY } = CASTOR
  const parts: Part[] = [
    paint(cylinderZ(wheelRadiusMm, wheelWidthMm, [trailMm, wheelRadiusMm, 0], 28), '#3b3e43'),
    paint(cylinderZ(36, wheelWidthMm + 3, [trailMm, wheelRadiusMm, 0], 20), '#aeb3b8'),
  ]
  if (brake) {
    // The total-lock pedal over the tyre's back, its red pad on top.
    parts.push(paint(box(34, 6, 44, [trailMm + 62, plateY - 30, 0]), '#2a2c30'))
    parts.push(paint(box(26, 3, 36, [trailMm + 66, plateY - 25.5, 0]), '#c62828'))
  }
  return parts
}

// ---------------------------------------------------------------------------------------------------------
// Fittings: mats, grip, bumpers, handle end caps, and the fixed kit (radio, tool pouch, screwdriver, tool).

function matParts(surfaceY: number): Part[] {
  const widthMm = TROLLEY.widthMm - 2 * DECK.matInsetMm
  const depthMm = TROLLEY.depthMm - 2 * DECK.matInsetMm
  const baseMm = DECK.matMm - DECK.ribMm
  const parts: Part[] = [box(widthMm, baseMm, depthMm, [0, deckTopY(surfaceY) + baseMm / 2, 0])]
  const ribs = Math.floor(depthMm / DECK.ribPitchMm)
  for (let i = 0; i < ribs; i++) {
    const z = -depthMm / 2 + (i + 0.5) * DECK.ribPitchMm
    parts.push(box(widthMm, DECK.ribMm, DECK.ribPitchMm / 2, [0, surfaceY - DECK.ribMm / 2, z]))
  }
  return parts.map((part) => paint(part, '#242528'))
}

function radioParts(): Part[] {
  const { widthMm: w, heightMm: h, depthMm: d } = RADIO
  const front = d / 2
  const parts: Part[] = [
    paint({ geometry: roundedBlock(w, h, d, { cornerMm: 9, edgeMm: 4 }) }, '#1c1d20'),
    // Battery pack at the back, a little proud, and the belt clip on it.
    paint(
      { geometry: roundedBlock(w - 6, 70, 6, { cornerMm: 3, edgeMm: 2 }), at: [0, 4, -front - 3] },
      '#26282c',
    ),
    paint(box(30, 62, 4, [0, 42, -front - 8]), '#33363b'),
    // Speaker grille: a moulded panel with slots, the LCD above it, three keys between.
    paint(box(44, 40, 1, [0, 30, front + 0.2]), '#2d3035'),
    paint(box(20, 20, 1.5, [12, 86, -2]), '#1c1d20'),
    paint(box(34, 15, 1, [0, 84, front + 0.3]), '#8d9c86'),
    paint(box(40, 3, 1, [0, 95, front + 0.3]), '#3a3d42'),
    // Antenna (rubber duck) and the channel knob on top, the orange emergency key between them.
    paint({ geometry: new CylinderGeometry(3.5, 6.5, 95, 12), at: [-14, h + 47, -4] }, '#16171a'),
    paint({ geometry: new CylinderGeometry(8, 8, 8, 12), at: [-14, h + 2, -4] }, '#2a2c30'),
    paint({ geometry: new CylinderGeometry(8.5, 8.5, 16, 14), at: [14, h + 8, -4] }, '#2a2c30'),
    paint(box(12, 5, 9, [0, h + 1.5, 2]), '#e8590c'),
    // The yellow push-to-talk key on the left side, and the accessory-jack cover on the right.
    paint(
      { geometry: roundedBlock(5, 34, 18, { cornerMm: 2, edgeMm: 1.5 }), at: [-w / 2 - 1, 58, 0] },
      '#f2c200',
    ),
    paint(box(3, 24, 14, [w / 2 + 0.5, 78, 0]), '#2d3035'),
  ]
  for (let i = 0; i < 6; i++) parts.push(paint(box(34, 2.2, 1, [0, 16 + i * 5.5, front + 0.8]), '#101113'))
  for (let i = -1; i <= 1; i++) parts.push(paint(box(8, 4, 2, [i * 12, 66, front + 0.6]), '#5b6068'))
  return parts
}

function pouchParts(): Part[] {
  const { lengthMm: l, heightMm: h, depthMm: d } = POUCH
  return [
    paint({ geometry: roundedBlock(l, h, d, { cornerMm: 28, edgeMm: 16 }) }, '#222428'),
    // The zip along the top with its orange puller, and the webbing carry handle.
    paint(box(l - 50, 2, 5, [0, h + 0.2, 0]), '#111214'),
    paint(box(10, 3, 26, [l / 2 - 40, h + 1, 14]), '#e8590c'),
    paint(box(130, 4, 24, [0, h + 6, -22]), '#16171a'),
    paint(box(10, 8, 24, [-65, h + 2, -22]), '#16171a'),
    paint(box(10, 8, 24, [65, h + 2, -22]), '#16171a'),
    // Orange piping round the side.
    paint(box(l - 20, 4, d - 10, [0, h * 0.45, 0]), '#d9541a'),
  ]
}

/** The screwdriver along +x from its handle's end: the handle parts (vertex colours) and the blade. */
const SCREWDRIVER_HANDLE_MM = 100
const SCREWDRIVER_BLADE_MM = 125
function screwdriverHandleParts(): Part[] {
  const along = (geometry: CylinderGeometry, x: number, hex: string) =>
    paint({ geometry: geometry.rotateZ(-Math.PI / 2), at: [x, 0, 0] }, hex)
  return [
    along(new CylinderGeometry(13, 12, 22, 14), 11, '#c62828'),
    along(new CylinderGeometry(14.5, 13.5, 55, 14), 22 + 27.5, '#1d1e21'),
    along(new CylinderGeometry(9, 13, 23, 14), 77 + 11.5, '#c62828'),
  ]
}
function screwdriverBladeParts(): Part[] {
  return [
    {
      geometry: new CylinderGeometry(3, 3, SCREWDRIVER_BLADE_MM, 10).rotateZ(-Math.PI / 2),
      at: [SCREWDRIVER_HANDLE_MM + SCREWDRIVER_BLADE_MM / 2, 0, 0],
    },
    {
      geometry: new CylinderGeometry(0.8, 3, 9, 4).rotateZ(-Math.PI / 2),
      at: [SCREWDRIVER_HANDLE_MM + SCREWDRIVER_BLADE_MM + 4.5, 0, 0],
    },
  ]
}
/** Lying on the lower mat, handle down and tip up a little less: turned so it sits on both. */
const SCREWDRIVER_AT: Vec3 = [SCREWDRIVER.x, LOWER_Y + 14, SCREWDRIVER.z]
const SCREWDRIVER_TURN: Vec3 = [0, 0.18, -0.045]

/** The cage-nut tool: a stamped steel lever with a hooked tip, its handle dipped in red plastic. */
function nutToolSteelParts(): Part[] {
  return [
    box(11, 2.5, 80, [0, 1.25, -30]),
    { geometry: box(11, 2.5, 12, [0, 0, 0]).geometry, at: [0, 4, -73], rotation: [-0.8, 0, 0] },
  ]
}
function nutToolGripParts(): Part[] {
  return [
    paint({ geometry: roundedBlock(18, 11, 70, { cornerMm: 7, edgeMm: 4 }), at: [0, 0, 42] }, '#c62828'),
  ]
}

function fittingParts(): Part[] {
  const parts: Part[] = [...matParts(TOP_Y), ...matParts(LOWER_Y)]
  // The top deck's corner bumpers.
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      parts.push(
        paint(
          {
            geometry: new CylinderGeometry(22, 22, DECK.flangeMm + 2, 20),
            at: [sx * HALF_W, deckTopY(TOP_Y) - DECK.flangeMm / 2, sz * HALF_D],
          },
          '#2a2c30',
        ),
      )
    }
  }
  parts.push(
    paint(cylinderZ(HANDLE.gripRadiusMm, 2 * HANDLE.gripHalfMm, [HANDLE.x, HANDLE.y, 0], 20), '#17181b'),
  )
  for (const sz of [-1, 1]) {
    parts.push(
      paint(
        {
          geometry: new CylinderGeometry(HANDLE.tubeRadiusMm + 1, HANDLE.tubeRadiusMm + 1, 10, 12),
          at: [HANDLE.x, HANDLE.footY - 2, sz * HANDLE.sideZ],
        },
        '#17181b',
      ),
    )
  }
  for (const { x, z, yawRad, brake } of CASTORS) {
    parts.push(assembly(castorRubberParts(brake), [x, 0, z], [0, yawRad, 0]))
  }
  parts.push(assembly(radioParts(), [RADIO.x, TOP_Y, RADIO.z]))
  parts.push(assembly(pouchParts(), [POUCH.x, LOWER_Y, POUCH.z], [0, 0.04, 0]))
  parts.push(assembly(screwdriverHandleParts(), SCREWDRIVER_AT, SCREWDRIVER_TURN))
  parts.push(assembly(nutToolGripParts(), [NUT_TOOL.x, TOP_Y, NUT_TOOL.z], [0, 0.12, 0]))
  return parts
}

function zincParts(): Part[] {
  const parts: Part[] = CASTORS.map(({ x, z, yawRad }) =>
    assembly(castorZincParts(), [x, 0, z], [0, yawRad, 0]),
  )
  parts.push(assembly(screwdriverBladeParts(), SCREWDRIVER_AT, SCREWDRIVER_TURN))
  parts.push(assembly(nutToolSteelParts(), [NUT_TOOL.x, TOP_Y, NUT_TOOL.z], [0, 0.12, 0]))
  return parts
}

// ---------------------------------------------------------------------------------------------------------
// The items that leave the trolley: blanking panels, cords, strap roll (vertex colours).

const CORD_BLACK = '#18191b'
const CAT6A_BLUE = '#1f6fd1'
const FEED_TAPE = ['#d32f2f', '#1e5bd8']

type CoilShape = {
  radiusMm: number
  /** Whole turns, so both ends leave the coil at the same place, as a cord is coiled by hand. */
  turns: number
  riseMm: number
  cordMm: number
  seed: number
  /** How far in from the coil the plugs' cord ends lie, and how far apart side by side. */
  tailMm: number
  spreadMm: number
  /** Where round the coil the ends leave it (0 = +x, π/2 = +z). */
  endRad: number
}

/**
 * A cord wound by hand and laid flat round the origin: loops whose radius wanders a little from turn
 * to turn, rising as they lie over each other; both ends then cross over the coil side by side toward
 * its middle, where the plugs lie. Returns the cord's geometry and the two plugs' frames (position of
 * the plug's cord end, and its yaw: the plug points along +z turned by yaw).
 */
function handCoil({ radiusMm, turns, riseMm, cordMm, seed, tailMm, spreadMm, endRad }: CoilShape) {
  const stepsPerTurn = 24
  const steps = turns * stepsPerTurn
  const loop: Vector3[] = []
  for (let i = 0; i <= steps; i++) {
    const angle = endRad + (i / stepsPerTurn) * Math.PI * 2
    const turn = i / stepsPerTurn
    const r =
      radiusMm * (1 + 0.08 * wobble(seed + Math.floor(turn) * 3.1) + 0.04 * Math.sin(angle * 2 + seed))
    const y = cordMm + (riseMm * i) / steps + 0.5 * cordMm * Math.sin(angle * 3 + seed)
    loop.push(new Vector3(r * Math.cos(angle), y, r * Math.sin(angle)))
  }
  const plugY = cordMm * 2.6 + riseMm
  const inward = new Vector3(-Math.cos(endRad), 0, -Math.sin(endRad))
  const across = new Vector3(-inward.z, 0, inward.x)
  const tail = (end: Vector3, side: number) => {
    const middle = end
      .clone()
      .addScaledVector(inward, tailMm * 0.4)
      .addScaledVector(across, side * spreadMm * 0.3)
    middle.y = plugY
    const tip = end
      .clone()
      .addScaledVector(inward, tailMm)
      .addScaledVector(across, side * spreadMm * 0.5)
    tip.y = plugY
    return { points: [middle, tip], plug: { at: tip, yawRad: Math.atan2(inward.x, inward.z) } }
  }
  const first = tail(loop[0]!, -1)
  const last = tail(loop[loop.length - 1]!, 1)
  const path = [...first.points.slice().reverse(), ...loop, ...last.points]
  return {
    geometry: new TubeGeometry(new CatmullRomCurve3(path), path.length * 2, cordMm, 7, false),
    plugs: [first.plug, last.plug],
  }
}

/** A plug lying at `at`, pointing along yaw: parts built along +z from the cord end, placed as one part. */
function placePlug(parts: Part[], at: Vector3, yawRad: number, offset: Vec3): Part {
  return assembly(parts, [at.x + offset[0], at.y + offset[1], at.z + offset[2]], [0, yawRad, 0])
}

/** A C13 (device end) or C14 (PDU end) mains connector on a black cord, its feed tape behind it. */
function mainsPlugParts(kind: 'C13' | 'C14', tapeHex: string): Part[] {
  const parts: Part[] = [
    paint(cylinderZ(POWER.cordMm + 0.7, 16, [0, 0, -16], 14), tapeHex),
    paint({ geometry: new CylinderGeometry(5, 7.5, 18, 12).rotateX(Math.PI / 2), at: [0, 0, 6] }, CORD_BLACK),
  ]
  if (kind === 'C13') {
    parts.push(
      paint({ geometry: roundedBlock(26, 16, 34, { cornerMm: 4, edgeMm: 2 }), at: [0, -8, 32] }, '#1d1e21'),
    )
  } else {
    parts.push(
      paint({ geometry: roundedBlock(24, 17, 24, { cornerMm: 3, edgeMm: 2 }), at: [0, -8.5, 27] }, '#1d1e21'),
    )
    parts.push(
      paint({ geometry: roundedBlock(22, 14, 16, { cornerMm: 2, edgeMm: 1 }), at: [0, -7, 46] }, '#26282b'),
    )
  }
  return parts
}

/** The boot of an RJ45 patch-cord plug (blue, snagless) and the plug's gold contacts. */
function rj45BootParts(): Part[] {
  return [
    paint(
      { geometry: new CylinderGeometry(3.8, 5.5, 12, 10).rotateX(Math.PI / 2), at: [0, 0, 6] },
      CAT6A_BLUE,
    ),
    paint(
      { geometry: roundedBlock(13.5, 10.5, 18, { cornerMm: 3, edgeMm: 2 }), at: [0, -5.25, 21] },
      CAT6A_BLUE,
    ),
    paint(box(8.5, 0.6, 4, [0, -3.7, 47]), '#d4af37'),
  ]
}
const RJ45_CLEAR_PARTS = (): Part[] => [
  box(11.7, 8, 21, [0, -1, 40]),
  { geometry: box(5, 1.2, 14, [0, 0, 0]).geometry, at: [0, 4, 40], rotation: [0.12, 0, 0] },
]

function blanksParts(count: number): Part[] {
  const parts: Part[] = []
  const { widthMm, lengthMm, pitchMm } = BLANKS
  for (let i = 0; i < count; i++) {
    // Face up, stacked by hand: each a little off the one under it. The face plate with its ears on
    // top, the folded returns under it between the ears.
    const panel = [
      paint(box(widthMm, 2, lengthMm, [0, pitchMm - 1.2, 0]), '#17181b'),
      paint(box(widthMm - 1, pitchMm - 2.6, 446, [0, (pitchMm - 2.6) / 2, 0]), '#202226'),
    ]
    const at: Vec3 = [BLANKS.x + 5 * wobble(i * 2.3), TOP_Y + i * pitchMm, BLANKS.z + 20 * wobble(i * 4.7)]
    parts.push(assembly(panel, at, [0, 0.03 * wobble(i * 6.1), 0]))
  }
  return parts
}

function strapRollParts(strapsLeft: number): Part[] {
  const outerMm = STRAP_ROLL.coreMm + 3 + 1.6 * Math.min(strapsLeft, 10)
  const { x, z, coreMm, widthMm } = STRAP_ROLL
  return [
    paint({ geometry: annulus(outerMm, coreMm, widthMm), at: [x, TOP_Y, z] }, '#161719'),
    paint({ geometry: annulus(coreMm, coreMm - 3, widthMm + 0.6), at: [x, TOP_Y, z] }, '#b58a58'),
    // The free end, peeled off tangentially.
    paint(box(36, widthMm, 1.6, [x - 18, TOP_Y + widthMm / 2, z + outerMm + 0.8]), '#161719'),
  ]
}

function powerCordParts(count: number): Part[] {
  const parts: Part[] = []
  for (let i = 0; i < count; i++) {
    const coil = handCoil({
      radiusMm: POWER.loopMm,
      turns: 4,
      riseMm: 4,
      cordMm: POWER.cordMm,
      seed: 11 + i * 5,
      tailMm: 22,
      spreadMm: 30,
      endRad: Math.PI / 2 + 0.5 * wobble(i + 3),
    })
    // Coils laid half over each other, so each one's plugs and tape show.
    const at: Vec3 = [
      POWER.x + 6 * wobble(i + 2),
      TOP_Y + i * POWER.layerMm,
      POWER.z + (i % 2 === 0 ? -1 : 1) * POWER.staggerMm + 6 * wobble(i + 7),
    ]
    parts.push(paint({ geometry: coil.geometry, at }, CORD_BLACK))
    const tape = FEED_TAPE[i % 2]!
    coil.plugs.forEach(({ at: plugAt, yawRad }, end) => {
      parts.push(placePlug(mainsPlugParts(end === 0 ? 'C13' : 'C14', tape), plugAt, yawRad, at))
    })
  }
  return parts
}

/** Coil `i` in the patch-cord bag: where it lies (its centre on the mat) and its coil. */
function patchCoil(i: number) {
  const coil = handCoil({
    radiusMm: PATCH.loopMm,
    turns: 3,
    riseMm: 2,
    cordMm: PATCH.cordMm,
    seed: 3 + i * 7,
    tailMm: 18,
    spreadMm: 17,
    endRad: Math.PI / 2 + 0.6 * wobble(i + 5),
  })
  const at: Vec3 = [
    PATCH.x + 8 * wobble(i + 4),
    LOWER_Y + 1 + i * PATCH.layerMm,
    PATCH.z - 12 + 8 * wobble(i + 9),
  ]
  return { coil, at }
}

function patchCordParts(count: number): Part[] {
  const parts: Part[] = []
  for (let i = 0; i < count; i++) {
    const { coil, at } = patchCoil(i)
    parts.push(paint({ geometry: coil.geometry, at }, CAT6A_BLUE))
    for (const { at: plugAt, yawRad } of coil.plugs)
      parts.push(placePlug(rj45BootParts(), plugAt, yawRad, at))
  }
  return parts
}

const patchBagHeightMm = (count: number) => 12 + count * PATCH.layerMm

function itemParts(blanks: number, patchCords: number, powerCords: number, straps: number): Part[] {
  return [
    ...blanksParts(blanks),
    ...powerCordParts(powerCords),
    ...patchCordParts(patchCords),
    ...(straps > 0 ? strapRollParts(straps) : []),
  ]
}

function clearParts(patchCords: number): Part[] {
  const heightMm = patchBagHeightMm(patchCords)
  const parts: Part[] = [
    {
      geometry: roundedBlock(PATCH.widthMm, heightMm, PATCH.depthMm, { cornerMm: 16, edgeMm: 5 }),
      at: [PATCH.x, LOWER_Y, PATCH.z],
    },
    // The zip seal along the bag's back edge.
    box(PATCH.widthMm - 10, 3, 8, [PATCH.x, LOWER_Y + heightMm / 2, PATCH.z - PATCH.depthMm / 2 + 10]),
  ]
  for (let i = 0; i < patchCords; i++) {
    const { coil, at } = patchCoil(i)
    for (const { at: plugAt, yawRad } of coil.plugs)
      parts.push(placePlug(RJ45_CLEAR_PARTS(), plugAt, yawRad, at))
  }
  return parts
}

// ---------------------------------------------------------------------------------------------------------
// The printed carton of cage nuts and the patch-cord bag's header card: one canvas.

const PRINT_PX = { width: 1024, height: 512 }
const px = (left: number, top: number, right: number, bottom: number): AtlasRect => [
  left / PRINT_PX.width,
  top / PRINT_PX.height,
  right / PRINT_PX.width,
  bottom / PRINT_PX.height,
]
const ATLAS = {
  card: px(0, 0, 880, 160),
  cardBack: px(900, 10, 1010, 150),
  cartonFront: px(0, 192, 256, 392),
  cartonSide: px(288, 192, 712, 392),
  kraft: px(760, 200, 1000, 400),
  kraftInside: px(760, 420, 1000, 500),
}
const KRAFT = '#b98c5a'
const CARD = { widthMm: 220, depthMm: 40 }

/** A cage nut pictogram: the square nut in its spring cage, wings out either side. */
function drawCageNut(context: CanvasRenderingContext2D, x: number, y: number, sizePx: number) {
  context.strokeStyle = '#1b1b1b'
  context.lineWidth = sizePx * 0.08
  context.strokeRect(x - sizePx * 0.3, y - sizePx * 0.3, sizePx * 0.6, sizePx * 0.6)
  context.beginPath()
  context.arc(x, y, sizePx * 0.13, 0, Math.PI * 2)
  context.stroke()
  context.beginPath()
  context.moveTo(x - sizePx * 0.3, y - sizePx * 0.2)
  context.lineTo(x - sizePx * 0.5, y)
  context.lineTo(x - sizePx * 0.3, y + sizePx * 0.2)
  context.moveTo(x + sizePx * 0.3, y - sizePx * 0.2)
  context.lineTo(x + sizePx * 0.5, y)
  context.lineTo(x + sizePx * 0.3, y + sizePx * 0.2)
  context.stroke()
}

function drawPrint(context: CanvasRenderingContext2D) {
  const rect = ([l, t, r, b]: AtlasRect) =>
    [l * PRINT_PX.width, t * PRINT_PX.height, (r - l) * PRINT_PX.width, (b - t) * PRINT_PX.height] as const
  context.textBaseline = 'middle'
  context.textAlign = 'left'
  // Kraft board, outside and the paler inside.
  for (const [key, hex] of [
    ['kraft', KRAFT],
    ['cartonFront', KRAFT],
    ['cartonSide', KRAFT],
    ['kraftInside', '#c9a578'],
  ] as const) {
    context.fillStyle = hex
    context.fillRect(...rect(ATLAS[key]))
  }
  // The carton's front: the supplier's white label.
  const [fx, fy, fw, fh] = rect(ATLAS.cartonFront)
  context.fillStyle = '#f6f4ee'
  context.fillRect(fx + 20, fy + 30, fw - 40, fh - 60)
  context.fillStyle = '#161616'
  context.font = `700 30px ${PRINT_FONT}`
  context.fillText('ÉCROUS', fx + 34, fy + 62)
  context.fillText('CAGE M6', fx + 34, fy + 96)
  context.font = `400 22px ${PRINT_FONT}`
  context.fillText('trou carré 9,5', fx + 34, fy + 130)
  context.fillText('50 pcs', fx + 34, fy + 154)
  // Its long side: the size in big figures and the pictogram.
  const [sx, sy, , sh] = rect(ATLAS.cartonSide)
  context.fillStyle = '#1b1b1b'
  context.font = `700 110px ${PRINT_FONT}`
  context.fillText('M6', sx + 40, sy + sh / 2 + 6)
  drawCageNut(context, sx + 300, sy + sh / 2, 120)
  // The header card: white, the cord's blue band, the reference in big letters.
  const [cx, cy, cw, ch] = rect(ATLAS.card)
  context.fillStyle = '#fbfbf8'
  context.fillRect(cx, cy, cw, ch)
  context.fillRect(...rect(ATLAS.cardBack))
  context.fillStyle = CAT6A_BLUE
  context.fillRect(cx, cy, 120, ch)
  context.fillStyle = '#ffffff'
  context.font = `700 52px ${PRINT_FONT}`
  context.textAlign = 'center'
  context.fillText('2 m', cx + 60, cy + ch / 2)
  context.textAlign = 'left'
  context.fillStyle = '#111111'
  context.font = `700 50px ${PRINT_FONT}`
  context.fillText('CORDON RJ45 Cat6A', cx + 145, cy + 52)
  context.font = `400 36px ${PRINT_FONT}`
  context.fillText('S/FTP · LSZH · bleu · 2 m', cx + 145, cy + 112)
}

function cartonParts(): Part[] {
  const { widthMm: w, depthMm: d, heightMm: h, wallMm: t, flapMm: f } = NUT_BOX
  const y = TOP_Y
  const plain = ATLAS.kraft
  const inside = ATLAS.kraftInside
  const parts: Part[] = [
    { geometry: printedBox(w, t, d, {}, inside), at: [0, y + t / 2, 0] },
    {
      geometry: printedBox(w, h, t, { front: ATLAS.cartonFront, back: inside }, plain),
      at: [0, y + h / 2, d / 2 - t / 2],
    },
    { geometry: printedBox(w, h, t, { front: inside }, plain), at: [0, y + h / 2, -d / 2 + t / 2] },
    {
      geometry: printedBox(t, h, d - 2 * t, { left: ATLAS.cartonSide, right: inside }, plain),
      at: [-w / 2 + t / 2, y + h / 2, 0],
    },
    {
      geometry: printedBox(t, h, d - 2 * t, { right: ATLAS.cartonSide, left: inside }, plain),
      at: [w / 2 - t / 2, y + h / 2, 0],
    },
  ]
  // The flaps: the end ones folded well down outward, the side ones standing open.
  const endTilt = 0.55
  for (const sz of [-1, 1]) {
    parts.push({
      geometry: printedBox(w, t, f, {}, plain),
      at: [0, y + h - (Math.sin(endTilt) * f) / 2, sz * (d / 2 + (Math.cos(endTilt) * f) / 2)],
      rotation: [sz * endTilt, 0, 0],
    })
  }
  const sideTilt = 0.35
  for (const sx of [-1, 1]) {
    parts.push({
      geometry: printedBox(t, f, d, {}, plain),
      at: [sx * (w / 2 + (Math.sin(sideTilt) * f) / 2), y + h + (Math.cos(sideTilt) * f) / 2, 0],
      rotation: [0, 0, -sx * sideTilt],
    })
  }
  return parts.map((part) => ({
    ...part,
    at: [NUT_BOX.x + part.at![0], part.at![1], NUT_BOX.z + part.at![2]],
  }))
}

function printedParts(patchCords: number): Part[] {
  const parts = cartonParts()
  if (patchCords > 0) {
    parts.push({
      geometry: printedBox(CARD.widthMm, 0.8, CARD.depthMm, { top: ATLAS.card }, ATLAS.cardBack),
      at: [
        PATCH.x,
        LOWER_Y + patchBagHeightMm(patchCords) - 2,
        PATCH.z + PATCH.depthMm / 2 - CARD.depthMm / 2 - 8,
      ],
    })
  }
  return parts
}

// ---------------------------------------------------------------------------------------------------------
// Cage nuts: one instanced mesh, a pile of layers filling the carton from the bottom.

const NUTS = { shown: 48, perRow: 4, rows: 7, pitchMm: 14.5, layerMm: 6.5 }

function cageNutGeometry(): BufferGeometry {
  return mergeParts([
    box(13, 1, 13, [0, 0.5, 0]),
    box(9.5, 5, 9.5, [0, 3.5, 0]),
    { geometry: box(1.2, 5, 8, [0, 0, 0]).geometry, at: [6, 3, 0], rotation: [0, 0, -0.5] },
    { geometry: box(1.2, 5, 8, [0, 0, 0]).geometry, at: [-6, 3, 0], rotation: [0, 0, 0.5] },
  ])
}

function layOutNuts(mesh: InstancedMesh, count: number) {
  const placer = new Object3D()
  const perLayer = NUTS.perRow * NUTS.rows
  for (let i = 0; i < count; i++) {
    const cell = i % perLayer
    const layer = Math.floor(i / perLayer)
    const gx = cell % NUTS.perRow
    const gz = Math.floor(cell / NUTS.perRow)
    placer.position.set(
      NUT_BOX.x + (gx - (NUTS.perRow - 1) / 2) * NUTS.pitchMm + 3 * wobble(i * 3.7),
      TOP_Y + NUT_BOX.wallMm + layer * NUTS.layerMm + 1.5 * wobble(i * 1.3) + 1,
      NUT_BOX.z + (gz - (NUTS.rows - 1) / 2) * NUTS.pitchMm + 3 * wobble(i * 5.1),
    )
    placer.rotation.set(0.35 * wobble(i * 2.9), Math.PI * wobble(i * 7.3), 0.35 * wobble(i * 4.1))
    placer.updateMatrix()
    mesh.setMatrixAt(i, placer.matrix)
  }
  mesh.count = count
  mesh.instanceMatrix.needsUpdate = true
  mesh.computeBoundingSphere()
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

const zinc = () => surface('#b4b9bf', { roughness: 0.32, metalness: 0.35, key: 'steel' })

export function Trolley({
  blanksLeft,
  cageNutsLeft,
  patchCordsLeft,
  powerCordsLeft,
  strapsLeft,
}: TrolleyProps) {
  use(printFontReady())
  const blanks = Math.max(0, Math.min(blanksLeft, BLANKS.shown))
  const patchCords = Math.max(0, Math.min(patchCordsLeft, PATCH.shown))
  const powerCords = Math.max(0, Math.min(powerCordsLeft, POWER.shown))
  const straps = Math.max(0, Math.min(strapsLeft, 10))
  const nuts = Math.max(0, Math.min(cageNutsLeft, NUTS.shown))

  const frame = useGeometry(() => mergeParts(frameParts()), [])
  const zincGeometry = useGeometry(() => mergeParts(zincParts()), [])
  const fittings = useGeometry(() => mergeParts(fittingParts()), [])
  const itemList = useMemo(
    () => ({ blanks, patchCords, powerCords, straps }),
    [blanks, patchCords, powerCords, straps],
  )
  const hasItems = blanks + patchCords + powerCords + straps > 0
  const items = useGeometry(() => {
    const parts = itemParts(itemList.blanks, itemList.patchCords, itemList.powerCords, itemList.straps)
    return parts.length > 0 ? mergeParts(parts) : new BufferGeometry()
  }, [itemList])
  const clear = useGeometry(
    () => (patchCords > 0 ? mergeParts(clearParts(patchCords)) : new BufferGeometry()),
    [patchCords],
  )
  const printed = useGeometry(() => mergeParts(printedParts(patchCords)), [patchCords])
  const print = useMemo(
    () => canvasTexture('rack-trolley-print', PRINT_PX.width, PRINT_PX.height, drawPrint),
    [],
  )
  const nutGeometry = useGeometry(cageNutGeometry, [])
  const nutMesh = useRef<InstancedMesh>(null)
  useLayoutEffect(() => {
    if (nutMesh.current) layOutNuts(nutMesh.current, nuts)
  }, [nuts])

  return (
    <group position={[TROLLEY.x, 0, TROLLEY.z]}>
      <mesh
        geometry={frame}
        material={surface('#8e959b', { roughness: 0.5, metalness: 0.25, key: 'trolley-frame' })}
      />
      <mesh geometry={zincGeometry} material={zinc()} />
      <mesh geometry={fittings} material={vertexColours('trolley-fittings', 0.75)} />
      {hasItems ? <mesh geometry={items} material={vertexColours('trolley-items', 0.5)} /> : null}
      <mesh
        geometry={printed}
        material={surface('#ffffff', { roughness: 0.85, map: print, key: 'trolley-print' })}
      />
      {patchCords > 0 ? <mesh geometry={clear} material={clearPlastic('#eef4f8', 0.28)} /> : null}
      <instancedMesh ref={nutMesh} args={[nutGeometry, zinc(), NUTS.shown]} />
    </group>
  )
}
