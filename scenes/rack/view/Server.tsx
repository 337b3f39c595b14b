/**
 * A 2U rack server as the big vendors ship them (brand-free): a galvanised steel chassis 430 mm wide and
 * 720 mm deep; at the front, black ears with a captive thumbscrew each (the right one carries the power
 * and ID buttons and a USB port, the left one the health LED), eight 2.5" hot-swap drive carriers
 * standing on edge with their levers and LEDs, a perforated bezel grille, the pull-out information tab
 * and the white asset label with the host name. At the rear, from the technician's left: VGA, two USB,
 * the management port, four RJ45 NIC ports, PCIe slot covers, vents, and the two hot-swap PSUs side by
 * side on the right (C14 inlets, handles, orange hot-swap latches, green LEDs, "PSU1" / "PSU2"). On
 * the lid: the team-lift sticker ("25 kg · 2 personnes") and the airflow arrow toward the rear.
 * Three draw calls: printed parts, zinc parts, LEDs.
 */
import { CylinderGeometry } from 'three'
import type { BufferGeometry } from 'three'
import { box, mergeParts } from '../../../src/kit/geometry.ts'
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
  c14Hole,
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

/** Chassis: 2U less clearance, 430 mm between the slide rails, ears to 482.6 mm; front face 18 mm proud of the ears' back. */
const H = 86.8
const HALF_WIDTH_MM = 215
const EAR_X_MM = 241.3
const FRONT_Z_MM = 18
export const SERVER = {
  heightMm: H,
  halfWidthMm: HALF_WIDTH_MM,
  earX: EAR_X_MM,
  depthMm: 720,
  frontZ: FRONT_Z_MM,
}
const REAR_Z = -SERVER.depthMm
const PLATE_MM = 6
/** The thumbscrews line up with the top hole of the lowest U, in the ears' middle. */
const SCREW_X = RACK.holeX
const SCREW_Y = HOLE_OFFSETS_MM[3]
const SCREW_MM = 7
/** The drive cage: 8 carriers of 18.6 mm, standing on edge. */
const CAGE_X = -112.5
const CAGE_Y = 44
const CAGE_W = 150
const CAGE_H = 80
const CARRIER_W = 18.2
const CARRIER_H = 78
const carrierX = (bay: number) => CAGE_X - CAGE_W / 2 + 1 + 18.6 * (bay + 0.5)
/** The right ear's power and ID buttons (the left ear's health LED faces the power button). */
const BUTTON_X = 228.15
const POWER_Y = 72

/** Rear features in rear-view x (the technician's left is negative), heights from the bottom. */
const PORT_Y = 12
/** NICs 1–4, then the management port. */
const PORTS_A = [-105, -88, -71, -54, -135]
const VGA_A = -190
const USB_A = -158
const PSUS: Psu[] = [65, 140.5].map((a) => ({ a, y: 2, w: 73.5, h: 40, inletQ: 18 }))

const FRONT_FRAME: Frame = [-EAR_X_MM, 0, EAR_X_MM, H]
const REAR_FRAME: Frame = [-HALF_WIDTH_MM, 0, HALF_WIDTH_MM, H]
const { heightPx, areas: A } = packAtlas({
  front: FRONT_FRAME,
  rear: REAR_FRAME,
  carrier: [0, 0, CARRIER_W, CARRIER_H],
  weight: [0, 0, 64, 42],
  air: [0, 0, 90, 36],
  jack: JACK,
  black: SWATCH,
  blue: SWATCH,
})

export function serverNicPoint(at: Vec3, nic: number): Vec3 {
  return toRack(at, [-PORTS_A[nic - 1]!, PORT_Y, REAR_Z])
}

/** The C14 inlet's mouth, on the PSU's face. */
export function serverPsuPoint(at: Vec3, psu: 1 | 2): Vec3 {
  const { a, y, inletQ } = PSUS[psu - 1]!
  return toRack(at, [-(a + PSU_INLET_MM), y + inletQ, REAR_Z - 1])
}

/** Where the hands go: the front face's middle (pushed in), and the two thumbscrews' heads. */
export function serverGripPoints(at: Vec3): { front: Vec3; left: Vec3; right: Vec3 } {
  const headZ = FRONT_Z_MM + SCREW_MM
  return {
    front: toRack(at, [0, H / 2, FRONT_Z_MM]),
    left: toRack(at, [-SCREW_X, SCREW_Y, headZ]),
    right: toRack(at, [SCREW_X, SCREW_Y, headZ]),
  }
}

function printedGeometry(): BufferGeometry {
  const front = [
    printOn(
      holedPlate(2 * EAR_X_MM, H, FRONT_Z_MM, [rectHole(CAGE_X, CAGE_Y - H / 2, CAGE_W, CAGE_H)]).translate(
        0,
        H / 2,
        FRONT_Z_MM,
      ),
      A.front,
    ),
    paintWith(placedBox(CAGE_W, CAGE_H, 1, [CAGE_X, CAGE_Y, 0.5]), A.black),
  ]
  for (let bay = 0; bay < 8; bay++) {
    const x = carrierX(bay)
    const carrier = printOn(placedBox(CARRIER_W, CARRIER_H, 16, [x, CAGE_Y, 9]), A.carrier)
    // The lever stands proud of the carrier and shows the carrier's print where it lies on it.
    const leverFrame: Frame = [x - CARRIER_W / 2, 5, x + CARRIER_W / 2, 83]
    front.push(carrier, printOn(placedBox(14, 40, 1.5, [x, 31, 17.75]), A.carrier, leverFrame))
  }
  // The rear face: its plate 6 mm thick, dark inside (seen through the mouths), the VGA connector's
  // blue insert proud of its zinc shell, the PSUs 1 mm proud.
  const rear = [
    printOn(
      holedPlate(2 * HALF_WIDTH_MM, H, PLATE_MM, [
        ...PORTS_A.map((a) => rj45Hole(a, PORT_Y - H / 2, 1)),
        ...PSUS.map(({ a, y, inletQ }) => c14Hole(a + PSU_INLET_MM, y + inletQ - H / 2)),
      ]).translate(0, H / 2, 0),
      A.rear,
    ),
    paintWith(placedBox(2 * HALF_WIDTH_MM - 2, H - 1, 0.2, [0, H / 2, 0.3 - PLATE_MM]), A.black),
    ...PORTS_A.map((a) => jackBack(A.jack, a, PORT_Y, 1, 0.5 - PLATE_MM)),
    paintWith(placedBox(24, 9, 4.4, [VGA_A, 13, 2.2]), A.blue),
    ...PSUS.flatMap((psu) => psuParts(A.rear, A.black, psu, 1)),
  ]
  // The lid, seen from above: the seam between its two panels, its latch and its stickers.
  const lid = [
    paintWith(placedBox(429, 2, 0.6, [0, 147, -0.5]), A.black),
    paintWith(placedBox(70, 26, 2, [0, 330, 1]), A.black),
    printOn(placedBox(64, 42, 0.3, [-120, 58, 0.15]), A.weight),
    printOn(placedBox(90, 36, 0.3, [95, 70, 0.15]), A.air),
  ]
  return mergeFaces(front, rear, REAR_Z, lid, H)
}

function zincGeometry(): BufferGeometry {
  const rod = (radiusMm: number, lengthMm: number, at: Vec3): Part => ({
    geometry: new CylinderGeometry(radiusMm, radiusMm, lengthMm, 18),
    at,
    rotation: [Math.PI / 2, 0, 0],
  })
  return mergeParts([
    box(2 * HALF_WIDTH_MM, H - 0.8, -REAR_Z - PLATE_MM, [0, (H - 0.8) / 2, (REAR_Z + PLATE_MM) / 2]),
    // The lid's two panels, and the VGA connector's shell.
    box(429, 0.8, 566, [0, H - 0.4, -431]),
    box(429, 0.8, 146, [0, H - 0.4, -73]),
    box(31, 12.5, 3, [-VGA_A, 13, REAR_Z - 1.5]),
    // The thumbscrews: a knurled head on a washer.
    ...[-1, 1].flatMap((sx) => [
      rod(5.5, SCREW_MM - 1.2, [sx * SCREW_X, SCREW_Y, FRONT_Z_MM + 0.6 + SCREW_MM / 2]),
      rod(6.8, 1.2, [sx * SCREW_X, SCREW_Y, FRONT_Z_MM + 0.6]),
    ]),
    ...PSUS.flatMap(({ a, y, inletQ }) => c14Blades([-(a + PSU_INLET_MM), y + inletQ, REAR_Z + 2.75])),
  ])
}

function serverLeds(linkedNics: number[]): Led[] {
  const z = FRONT_Z_MM + 0.3
  const leds: Led[] = [
    [-BUTTON_X, POWER_Y, z, LED.blue],
    [BUTTON_X, POWER_Y, z, LED.green],
  ]
  for (let bay = 0; bay < 8; bay++) {
    leds.push([carrierX(bay) - 4.2, 80, 17.3, LED.green], [carrierX(bay) + 4.2, 80, 17.3, LED.greenOff])
  }
  const rear = PORTS_A.flatMap((a, i) => portLeds(a, PORT_Y, 0.3, 1, linkedNics.includes(i + 1)))
  for (const psu of PSUS) rear.push([...psuLedAt(psu), 1.3, LED.green])
  return [...leds, ...rear.map(([a, y, out, lens]): Led => [-a, y, REAR_Z - out, lens])]
}

// ---------------------------------------------------------------------------------------------------------
// The prints, each in its frame (mm, y up).

const BLACK = '#0b0c0d'
const CHARCOAL = '#1e2124'
const GRAPHITE = '#2c2f34'
const GREY = '#3a3e43'
const SILVER = '#9ba1a6'
const PAPER = '#f6f6f2'
const BLUE = '#2d5fbf'

function drawFront(context: CanvasRenderingContext2D, name: string) {
  // The ears a shade lighter than the face, with the thumbscrews' recesses.
  fill(context, CHARCOAL, -HALF_WIDTH_MM, 0, 2 * HALF_WIDTH_MM, H)
  for (const sx of [-1, 1]) disc(context, BLACK, sx * SCREW_X, SCREW_Y, 7.6)
  for (const [y, radiusMm] of [
    [POWER_Y, 4.5],
    [58, 3.5],
  ] as const) {
    disc(context, '#5b6168', BUTTON_X, y, radiusMm)
    disc(context, SILVER, BUTTON_X, y, radiusMm + 1.4, 0.6)
  }
  fill(context, BLACK, BUTTON_X - 7, 10.8, 14, 6.4)
  // The drive cage's dark frame, the bezel grille, the information tab and the asset label.
  fill(context, BLACK, CAGE_X - CAGE_W / 2 - 1.5, 2.5, CAGE_W + 3, CAGE_H + 3)
  honeycomb(context, -32, 3, 242, 81, 4.2, GRAPHITE, BLACK)
  fill(context, '#5b6168', -211, 3, 20, 6)
  print(context, 'INFO', -201, 6, 3, PAPER)
  fill(context, PAPER, 140, 64, 66, 16)
  print(context, name, 173, 75.2, 6.2, BLACK, 62)
  // Its barcode: bars of three widths in a scrambled order.
  for (let bar = 0; bar < 40; bar++)
    fill(context, BLACK, 146 + bar * 1.35, 65.5, 0.3 + ((bar * 7) % 3) * 0.3, 5)
}

function drawRear(context: CanvasRenderingContext2D) {
  honeycomb(context, 36, 46, 178, 38, 3.4, SILVER, BLACK)
  honeycomb(context, -20, 22, 82, 22, 3.4, SILVER, BLACK)
  // The PCIe slot covers.
  for (const a of [-210, -85]) {
    for (const y of [28, 47.5, 67]) {
      fill(context, '#b6bcc1', a, y, 118, 17.5)
      for (let slot = 0; slot < 14; slot++) fill(context, GRAPHITE, a + 14 + slot * 6.6, y + 4, 3.2, 9.5)
      disc(context, SILVER, a + 5.5, y + 8.75, 3)
    }
  }
  PORTS_A.forEach((a, i) => {
    fill(context, GREY, a - 7.5, PORT_Y - 5.5, 15, 12)
    print(context, i < 4 ? String(i + 1) : 'MGMT', a, PORT_Y + 9, 3, CHARCOAL)
  })
  // The USB pair (blue tongues: USB 3) and the ID button.
  fill(context, GREY, USB_A - 7.5, 5.5, 15, 15)
  for (const y of [9, 17]) {
    fill(context, BLACK, USB_A - 6.25, y - 2.5, 12.5, 5)
    fill(context, BLUE, USB_A - 5, y, 10, 1.8)
  }
  disc(context, BLUE, -28, 12, 3.5)
  PSUS.forEach((psu, i) => drawPsu(context, psu, `PSU${i + 1}`, '#e0701c'))
}

function drawCarrier(context: CanvasRenderingContext2D) {
  honeycomb(context, 2.5, 48, 13.2, 22, 2.6, GRAPHITE, BLACK)
  // The lever with its grip ridges, and the grey release button under it.
  fill(context, CHARCOAL, 2.1, 6, 14, 40)
  for (let ridge = 0; ridge < 8; ridge++) fill(context, GREY, 4.1, 26.6 - ridge * 2.3, 10, 0.7)
  fill(context, SILVER, 5.1, 1.5, 8, 3)
}

function drawWeight(context: CanvasRenderingContext2D) {
  fill(context, '#f7d21c', 1.2, 1.2, 61.6, 39.6)
  // Two people carrying a box between them.
  for (const x of [12, 52]) {
    disc(context, BLACK, x, 34, 2.4)
    fill(context, BLACK, x - 1, 13, 2, 18)
  }
  fill(context, BLACK, 19, 21, 26, 9)
  fill(context, BLACK, 12, 25, 40, 1.6)
  print(context, '25 kg · 2 personnes', 32, 7.5, 5.4, BLACK, 56)
}

function drawAir(context: CanvasRenderingContext2D) {
  // The arrow points toward the rear (up the label read from the front).
  arrow(context, BLUE, 62, 3, 30, 28)
  print(context, 'AIR', 24, 22, 11, BLUE)
  print(context, 'avant → arrière', 24, 9, 4.4, CHARCOAL, 40)
}

function drawServer(context: CanvasRenderingContext2D, name: string) {
  drawAreas(context, A, {
    front: ['#2a2d31', (face) => drawFront(face, name)],
    rear: ['#a9afb4', drawRear],
    carrier: [GRAPHITE, drawCarrier],
    weight: [BLACK, drawWeight],
    air: [PAPER, drawAir],
    jack: [BLACK, drawJack],
    black: [BLACK],
    blue: [BLUE],
  })
}

/**
 * The server: `at` = [centre line, bottom edge, ears' back face (the front rails' plane)], the body
 * toward −z. `name` is printed on the asset label; `linkedNics` light those NICs' link LEDs.
 */
export function Server2U({ at, name, linkedNics = [] }: { at: Vec3; name: string; linkedNics?: number[] }) {
  const material = usePrint(`rack-server|${name}`, heightPx, (context) => drawServer(context, name))
  return (
    <Device
      at={at}
      printed={printedGeometry}
      zincParts={zincGeometry}
      material={material}
      leds={serverLeds(linkedNics)}
    />
  )
}
