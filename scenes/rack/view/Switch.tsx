/**
 * A 1U 24-port top-of-rack switch (brand-free, the shape of the usual access switches): 440 × 300 mm,
 * charcoal steel. The port side carries the status LEDs, a console RJ45, 24 RJ45 ports in two blocks
 * of 2 × 6 (odd ports on top, latch up; even below, latch down; each with its green / amber LED pair on
 * the latch side), four SFP+ cages (25–28), the airflow label and the asset label; the ears are folded
 * steel brackets with the two holes of a U (31.75 mm apart). The other side: four fans and one PSU
 * with its C14 inlet, plus the earth studs. Airflow follows the vendors' colour code: blue for
 * port-side intake, red for port-side exhaust, on the labels and on the PSU's and fans' handles.
 * Three draw calls: printed parts, zinc parts, LEDs.
 */
import { CylinderGeometry } from 'three'
import type { BufferGeometry } from 'three'
import { mergeParts } from '../../../src/kit/geometry.ts'
import type { Part, Vec3 } from '../../../src/kit/geometry.ts'
import { HOLE_OFFSETS_MM, RACK } from '../layout.ts'
import {
  Device,
  JACK,
  LED,
  PSU_INLET_MM,
  SWATCH,
  arrow,
  c14Blades,
  disc,
  drawAreas,
  drawJack,
  drawPsu,
  fill,
  holedPlate,
  honeycomb,
  jackBack,
  mergeFaces,
  packAtlas,
  paintWith,
  placedBox,
  portLeds,
  print,
  printOn,
  psuLedAt,
  psuParts,
  rectHole,
  rj45Hole,
  toRack,
  usePrint,
} from './Equipment.tsx'
import type { Frame, Led, Psu } from './Equipment.tsx'

export type Airflow = 'port-side-intake' | 'port-side-exhaust'
export type Facing = 'front' | 'rear'

/** Body 440 mm wide between 482.6 mm ears; the port face stands 5 mm proud of the ears' back. */
const H = 43.6
const W = 220
const EAR_X_MM = 241.3
const FACE_Z_MM = 5
const PLATE_MM = 10
export const SWITCH = {
  halfWidthMm: W,
  heightMm: H,
  depthMm: 300,
  earX: EAR_X_MM,
  faceZ: FACE_Z_MM,
  plateMm: PLATE_MM,
}
const REAR_Z = -SWITCH.depthMm
/** The PSU stands 6 mm proud of the rear face: its inlet's mouth is that deep. */
const PSU_PROUD_MM = 6
/** The ears: folded 2 mm steel from the body's side (x = 220 mm) out, a leg 36 mm long along the side. */
const EAR_MM = 2
const EAR_LEG_MM = 36
/** The ports' two rows: odd ports on top (latch up), even below. */
const TOP_Y = 30.5
const BOTTOM_Y = 13
const CONSOLE = { x: -174, y: 22, up: true }
const AIRFLOW_COLOUR: Record<Airflow, string> = {
  'port-side-intake': '#1f63c6',
  'port-side-exhaust': '#c62828',
}
const INTAKE_WORDS = "ENTRÉE D'AIR"

/** Port `port` (1–24): its mouth's centre in the switch's frame, and whether its latch is up. */
function portAt(port: number): { x: number; y: number; up: boolean } {
  const up = port % 2 === 1
  const x = -149.75 + (port > 12 ? 95 : 0) + Math.floor(((port - 1) % 12) / 2) * 14.5
  return { x, y: up ? TOP_Y : BOTTOM_Y, up }
}
const PORTS = Array.from({ length: 24 }, (_, i) => portAt(i + 1))
/** The SFP+ cages, 25–28: two columns of two. */
const SFPS = [42, 58].flatMap((x) => [portAt(1), portAt(2)].map(({ y, up }) => ({ x, y, up })))

/** Rear, in rear-view x (the technician's left is negative): the PSU at the right, four fans, earth studs. */
const PSU: Psu = { a: 134, y: 3, w: 78, h: 38, inletQ: 19 }
const FANS_A = [-70, -20, 30, 80]
const EARTH_A = -196

const FRONT_FRAME: Frame = [-EAR_X_MM, 0, EAR_X_MM, H]
const { heightPx, areas: A } = packAtlas({
  front: FRONT_FRAME,
  rear: [-W, 0, W, H],
  lid: [0, 0, 140, 60],
  jack: JACK,
  black: SWATCH,
  handle: SWATCH,
})

export function switchPortPoint(at: Vec3, facing: Facing, port: number): Vec3 {
  const { x, y } = portAt(port)
  return toRack(at, [x, y, FACE_Z_MM], facing === 'rear')
}

export function switchPsuPoint(at: Vec3, facing: Facing): Vec3 {
  const { a, y, inletQ } = PSU
  return toRack(at, [-(a + PSU_INLET_MM), y + inletQ, REAR_Z - PSU_PROUD_MM], facing === 'rear')
}

/** The middle of each ear's face (left and right as seen from the port side). */
export function switchEarPoints(at: Vec3, facing: Facing): { left: Vec3; right: Vec3 } {
  const x = (W + EAR_X_MM) / 2
  const turned = facing === 'rear'
  return {
    left: toRack(at, [-x, H / 2, EAR_MM], turned),
    right: toRack(at, [x, H / 2, EAR_MM], turned),
  }
}

function printedGeometry(): BufferGeometry {
  const jacks = [...PORTS, CONSOLE]
  const backZ = FACE_Z_MM - PLATE_MM + 0.5
  const plate = holedPlate(2 * W, H, PLATE_MM, [
    ...jacks.map(({ x, y, up }) => rj45Hole(x, y - H / 2, up ? 1 : -1)),
    ...SFPS.map(({ x, y }) => rectHole(x, y - H / 2, 14, 9.8, 0.3)),
  ])
  const front = [
    printOn(plate.translate(0, H / 2, FACE_Z_MM), A.front, FRONT_FRAME),
    ...jacks.map(({ x, y, up }) => jackBack(A.jack, x, y, up ? 1 : -1, backZ)),
    ...SFPS.map(({ x, y }) => paintWith(placedBox(14, 9.8, 1, [x, y, backZ]), A.black)),
  ]
  // The ears: folded brackets, a flange with the U's two holes and a leg screwed to the body's side.
  const earWidth = EAR_X_MM - W
  for (const sx of [-1, 1]) {
    const centreX = sx * (W + earWidth / 2)
    const holes = ([1, 3] as const).map((pos) =>
      rectHole(sx * RACK.holeX - centreX, HOLE_OFFSETS_MM[pos] - H / 2, 8, 6.6, 3.2),
    )
    const flange = holedPlate(earWidth, H - 0.6, EAR_MM, holes)
    front.push(
      printOn(flange.translate(centreX, H / 2, EAR_MM), A.front, FRONT_FRAME),
      paintWith(placedBox(EAR_MM, H - 4, EAR_LEG_MM, [sx * (W + 1), H / 2, -EAR_LEG_MM / 2]), A.black),
    )
  }
  // The body, in the rear face's frame: its lid and sides take the rear print's plain edge.
  const bodyMm = SWITCH.depthMm + backZ
  const rear = [
    printOn(placedBox(2 * W, H, bodyMm, [0, H / 2, -bodyMm / 2]), A.rear),
    ...psuParts(A.rear, A.handle, PSU, PSU_PROUD_MM),
  ]
  const lid = [printOn(placedBox(140, 60, 0.3, [110, 45, 0.15]), A.lid)]
  return mergeFaces(front, rear, REAR_Z, lid, H)
}

function zincGeometry(): BufferGeometry {
  const { a, y, inletQ } = PSU
  // The earth studs with their hex nuts: radius, length, sides, how far out of the rear face.
  const pieces: [number, number, number, number][] = [
    [2, 12, 8, 6],
    [4, 3.2, 6, 1.6],
  ]
  const studs = [14, 30].flatMap((studY) =>
    pieces.map(([radiusMm, lengthMm, sides, out]): Part => ({
      geometry: new CylinderGeometry(radiusMm, radiusMm, lengthMm, sides),
      at: [-EARTH_A, studY, REAR_Z - out],
      rotation: [Math.PI / 2, 0, 0],
    })),
  )
  return mergeParts([...c14Blades([-(a + PSU_INLET_MM), y + inletQ, REAR_Z - 2.5]), ...studs])
}

function switchLeds(linkedPorts: number[]): Led[] {
  const z = FACE_Z_MM + 0.3
  const leds = PORTS.flatMap(({ x, y, up }, i) => portLeds(x, y, z, up ? 1 : -1, linkedPorts.includes(i + 1)))
  for (const { x, y, up } of SFPS) leds.push([x, y + (up ? 6.6 : -6.6), z, LED.greenOff])
  for (const y of [34, 27, 20]) leds.push([-207, y, z, LED.green])
  const [a, y] = psuLedAt(PSU)
  leds.push([-a, y, REAR_Z - PSU_PROUD_MM - 0.3, LED.green])
  return leds
}

// ---------------------------------------------------------------------------------------------------------
// The prints, each in its frame (mm, y up).

const BLACK = '#0b0c0d'
const CHARCOAL = '#1b1d20'
const SILVER = '#8e959b'
const WHITE = '#ffffff'

function drawFront(context: CanvasRenderingContext2D, name: string, colour: string, words: string) {
  fill(context, '#26292d', -W, 0, 2 * W, H)
  fill(context, CHARCOAL, -160, 0, 240, H)
  fill(context, '#5b8fc8', CONSOLE.x - 8, CONSOLE.y - 7.5, 16, 15)
  for (const { x, y } of PORTS) fill(context, BLACK, x - 6.9, y - 6, 13.8, 12)
  for (const x of [42, 58]) fill(context, SILVER, x - 7.6, BOTTOM_Y - 5.6, 15.2, TOP_Y - BOTTOM_Y + 11.2)
  // The ports' numbers, 1–28: above the top row, below the bottom one.
  for (const [i, { x, up }] of [...PORTS, ...SFPS].entries()) {
    print(context, String(i + 1), x, up ? 40.6 : 2.6, 2.4, '#c9cdd1')
  }
  // The airflow label: three arrows going into the face (its edge, the bar) or coming out of it.
  fill(context, colour, 78, 28, 70, 13)
  fill(context, WHITE, 88.1, 29.7, 1, 9.6)
  const intake = words === INTAKE_WORDS
  for (const y of [31.3, 34.5, 37.7]) arrow(context, WHITE, intake ? 80.5 : 90, y, 6.8, 2.4, -Math.PI / 2)
  print(context, words, 124, 37.4, 4, WHITE, 44)
  print(context, 'côté ports', 124, 31.6, 3.4, WHITE, 44)
  // The asset label.
  fill(context, '#fbfbf7', 152, 28, 60, 13)
  print(context, name, 182, 34.5, 6, BLACK, 56)
}

function drawRear(context: CanvasRenderingContext2D, colour: string) {
  for (const a of FANS_A) {
    // The fan's guard (rings, a cross and the hub), the module's pull tab in the airflow colour.
    disc(context, BLACK, a, 22, 18)
    for (const r of [6, 12, 17.5]) disc(context, SILVER, a, 22, r, 1)
    fill(context, SILVER, a - 18, 21.5, 36, 1)
    fill(context, SILVER, a - 0.5, 4, 1, 36)
    disc(context, SILVER, a, 22, 4.4)
    fill(context, colour, a + 19.5, 8, 3, 28)
  }
  honeycomb(context, 105, 4, 26, 36, 3, '#383c41', BLACK)
  drawPsu(context, PSU, 'PSU', colour)
  // The earth point: a green and yellow label beside the two studs.
  fill(context, '#f2d21c', EARTH_A + 6, 9, 12, 26)
  for (let k = 0; k < 4; k++) fill(context, '#2f9e44', EARTH_A + 6, 30 - k * 6.5, 12, 3)
}

function drawLid(context: CanvasRenderingContext2D, words: string) {
  // Arrows along the airflow: toward the rear (up the label) for intake, toward the ports for exhaust.
  const intake = words === INTAKE_WORDS
  for (const x of [18, 122]) arrow(context, WHITE, x, intake ? 6 : 54, 48, 18, intake ? 0 : Math.PI)
  print(context, words, 70, 38, 10, WHITE, 80)
  print(context, 'côté ports', 70, 23, 8, WHITE, 80)
}

/**
 * The switch: `at` = [centre line, bottom edge, ears' back face]; the body toward −z, or toward +z
 * when `facing` is 'rear' (mounted from the rear rails, its ports toward the rear aisle).
 * `linkedPorts` light those ports' link LEDs.
 */
export function Switch1U({
  at,
  facing = 'front',
  name,
  airflow,
  linkedPorts = [],
}: {
  at: Vec3
  facing?: Facing
  name: string
  airflow: Airflow
  linkedPorts?: number[]
}) {
  const colour = AIRFLOW_COLOUR[airflow]
  const words = airflow === 'port-side-intake' ? INTAKE_WORDS : "SORTIE D'AIR"
  const material = usePrint(`rack-switch|${name}|${airflow}`, heightPx, (context) =>
    drawAreas(context, A, {
      front: [CHARCOAL, (face) => drawFront(face, name, colour, words)],
      rear: ['#383c41', (face) => drawRear(face, colour)],
      lid: [colour, (face) => drawLid(face, words)],
      jack: [BLACK, drawJack],
      black: [CHARCOAL],
      handle: [colour],
    }),
  )
  return (
    <Device
      at={at}
      turned={facing === 'rear'}
      printed={printedGeometry}
      zincParts={zincGeometry}
      material={material}
      leds={switchLeds(linkedPorts)}
    />
  )
}
