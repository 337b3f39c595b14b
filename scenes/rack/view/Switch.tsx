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
import { use, useMemo } from 'react'
import { CylinderGeometry } from 'three'
import type { BufferGeometry } from 'three'
import { canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { box, mergeParts } from '../../../src/kit/geometry.ts'
import type { Part, Vec3 } from '../../../src/kit/geometry.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { HOLE_OFFSETS_MM, RACK } from '../layout.ts'
import {
  LED,
  Leds,
  c14Hole,
  drawIn,
  drawJack,
  drawSwatch,
  holedPlate,
  honeycomb,
  packAtlas,
  paintWith,
  placedBox,
  print,
  printMaterial,
  printOn,
  rectHole,
  rj45Hole,
  toRack,
  zinc,
} from './Equipment.tsx'
import type { Led } from './Equipment.tsx'

export type Airflow = 'port-side-intake' | 'port-side-exhaust'
export type Facing = 'front' | 'rear'

/** Body 440 mm wide between 482.6 mm ears; the port face stands 5 mm proud of the ears' back. */
export const SWITCH = { halfWidthMm: 220, heightMm: 43.6, depthMm: 300, earX: 241.3, faceZ: 5, plateMm: 10 }
const H = SWITCH.heightMm
const W = SWITCH.halfWidthMm
const REAR_Z = -SWITCH.depthMm
/** The PSU stands 6 mm proud of the rear face: its inlet's mouth is that deep. */
const PSU_PROUD_MM = 6
const EAR = { innerX: 220, thicknessMm: 2, legMm: 36 }
const ROW_Y = { top: 30.5, bottom: 13 }
const PITCH_MM = 14.5
const CONSOLE = { x: -174, y: 22 }
const SFP = { x: [42, 58], w: 14, h: 9.8 }
const AIRFLOW_COLOUR: Record<Airflow, string> = {
  'port-side-intake': '#1f63c6',
  'port-side-exhaust': '#c62828',
}

/** Port `port` (1–24): its mouth's centre in the switch's frame, and whether its latch is up. */
function portAt(port: number): { x: number; y: number; up: boolean } {
  const block = port > 12 ? 1 : 0
  const column = Math.floor(((port - 1) % 12) / 2)
  const up = port % 2 === 1
  return { x: -149.75 + block * 95 + column * PITCH_MM, y: up ? ROW_Y.top : ROW_Y.bottom, up }
}

/** Rear, in rear-view x (a = −x): the PSU at the technician's right, four fans, the earth studs. */
const REAR = {
  psu: { a: 134, y: 3, w: 78, h: 38, c14P: 58, c14Q: 19, ledP: 30, ledQ: 31 },
  fanA: [-70, -20, 30, 80],
  earthA: -196,
}

const SWITCH_ATLAS = packAtlas({
  front: [1931, 176],
  rear: [1760, 176],
  psu: [312, 152],
  lid: [560, 240],
  jackUp: [56, 40],
  jackDown: [56, 40],
  sfp: [56, 40],
  black: [8, 8],
  handle: [8, 8],
})
const A = SWITCH_ATLAS.areas

export function switchPortPoint(at: Vec3, facing: Facing, port: number): Vec3 {
  const { x, y } = portAt(port)
  return toRack(at, [x, y, SWITCH.faceZ], facing === 'rear')
}

export function switchPsuPoint(at: Vec3, facing: Facing): Vec3 {
  const { psu } = REAR
  return toRack(at, [-(psu.a + psu.c14P), psu.y + psu.c14Q, REAR_Z - PSU_PROUD_MM], facing === 'rear')
}

/** The middle of each ear's face (left and right as seen from the port side). */
export function switchEarPoints(at: Vec3, facing: Facing): { left: Vec3; right: Vec3 } {
  const x = (EAR.innerX + SWITCH.earX) / 2
  const turned = facing === 'rear'
  return {
    left: toRack(at, [-x, H / 2, EAR.thicknessMm], turned),
    right: toRack(at, [x, H / 2, EAR.thicknessMm], turned),
  }
}

const FRONT_FRAME: [number, number, number, number] = [-SWITCH.earX, 0, SWITCH.earX, H]
const REAR_FRAME: [number, number, number, number] = [-W, 0, W, H]

function printedGeometry(): BufferGeometry {
  const front = A.front.rect
  const holes = [
    ...Array.from({ length: 24 }, (_, i) => {
      const { x, y, up } = portAt(i + 1)
      return rj45Hole(x, y - H / 2, up ? 1 : -1)
    }),
    rj45Hole(CONSOLE.x, CONSOLE.y - H / 2, 1),
    ...SFP.x.flatMap((x) => [ROW_Y.top, ROW_Y.bottom].map((y) => rectHole(x, y - H / 2, SFP.w, SFP.h, 0.3))),
  ]
  const plate = holedPlate(2 * W, H, SWITCH.plateMm, holes).translate(0, H / 2, SWITCH.faceZ)
  const backZ = SWITCH.faceZ - SWITCH.plateMm + 0.5
  const jack = (x: number, y: number, up: boolean) =>
    printOn(
      placedBox(14, 10, 1, [x, y + (up ? 0.6 : -0.6), backZ]),
      A[up ? 'jackUp' : 'jackDown'].rect,
      'front',
      [x - 7, y + (up ? -4.4 : -5.6), x + 7, y + (up ? 5.6 : 4.4)],
    )
  const parts: BufferGeometry[] = [
    printOn(plate, front, 'front', FRONT_FRAME),
    ...Array.from({ length: 24 }, (_, i) => {
      const { x, y, up } = portAt(i + 1)
      return jack(x, y, up)
    }),
    jack(CONSOLE.x, CONSOLE.y, true),
    ...SFP.x.flatMap((x) =>
      [ROW_Y.top, ROW_Y.bottom].map((y) =>
        printOn(placedBox(SFP.w, SFP.h, 1, [x, y, backZ]), A.sfp.rect, 'front', [x - 7, y - 5, x + 7, y + 5]),
      ),
    ),
    // The body, its rear face printed; lid and sides take the print's plain edge.
    printOn(
      placedBox(2 * W, H, SWITCH.depthMm + backZ, [0, H / 2, (REAR_Z + backZ) / 2]),
      A.rear.rect,
      'rear',
      REAR_FRAME,
    ),
    printOn(placedBox(140, 0.3, 60, [110, H + 0.15, -45]), A.lid.rect, 'top', [40, 15, 180, 75]),
  ]
  for (const sx of [-1, 1]) {
    const earWidth = SWITCH.earX - EAR.innerX
    const centreX = sx * (EAR.innerX + earWidth / 2)
    const holeX = sx * RACK.holeX - centreX
    const flange = holedPlate(earWidth, H - 0.6, EAR.thicknessMm, [
      rectHole(holeX, HOLE_OFFSETS_MM[1] - H / 2, 8, 6.6, 3.2),
      rectHole(holeX, HOLE_OFFSETS_MM[3] - H / 2, 8, 6.6, 3.2),
    ]).translate(centreX, H / 2, EAR.thicknessMm)
    parts.push(printOn(flange, front, 'front', FRONT_FRAME))
    parts.push(
      paintWith(
        placedBox(EAR.thicknessMm, H - 4, EAR.legMm, [sx * (W + 1), H / 2, -EAR.legMm / 2]),
        A.black.rect,
      ),
    )
  }
  parts.push(...psuParts())
  return mergeParts(parts.map((geometry) => ({ geometry })))
}

/** The PSU on the other side: printed face with its C14 inlet, a handle in the airflow colour. */
function psuParts(): BufferGeometry[] {
  const { psu } = REAR
  const face = holedPlate(psu.w - 1, psu.h - 1, PSU_PROUD_MM, [
    c14Hole(psu.c14P - psu.w / 2, psu.c14Q - psu.h / 2),
  ])
  const turn = (geometry: BufferGeometry, x: number, y: number, z: number) =>
    geometry.rotateY(Math.PI).translate(-x, y, z)
  const handle = mergeParts([box(4, 4, 18, [8, 9, 9]), box(4, 4, 18, [8, 29, 9]), box(5, 24, 5, [8, 19, 19])])
  return [
    printOn(turn(face, psu.a + psu.w / 2, psu.y + psu.h / 2, REAR_Z - PSU_PROUD_MM), A.psu.rect, 'rear', [
      psu.a,
      psu.y,
      psu.a + psu.w,
      psu.y + psu.h,
    ]),
    paintWith(turn(handle, psu.a, psu.y, REAR_Z - PSU_PROUD_MM), A.handle.rect),
  ]
}

function zincGeometry(): BufferGeometry {
  const { psu } = REAR
  const x = -(psu.a + psu.c14P)
  const y = psu.y + psu.c14Q
  const parts: Part[] = [
    ...(
      [
        [-7, -1.5],
        [7, -1.5],
        [0, 3.5],
      ] as const
    ).map(([dx, dy]) => box(1.6, 4.4, 5, [x + dx, y + dy, REAR_Z - 2.5])),
    // Earth studs with their nuts.
    ...[-8, 8].flatMap((dy): Part[] => [
      {
        geometry: new CylinderGeometry(2, 2, 12, 8),
        at: [-REAR.earthA, 22 + dy, REAR_Z - 6],
        rotation: [Math.PI / 2, 0, 0],
      },
      {
        geometry: new CylinderGeometry(4, 4, 3.2, 6),
        at: [-REAR.earthA, 22 + dy, REAR_Z - 1.6],
        rotation: [Math.PI / 2, 0, 0],
      },
    ]),
  ]
  // The ear brackets' screws on the body's sides.
  for (const sx of [-1, 1]) {
    for (const [y, z] of [
      [12, -10],
      [32, -10],
      [22, -28],
    ] as const) {
      parts.push({
        geometry: new CylinderGeometry(2.6, 2.6, 1, 10),
        at: [sx * (W + 2.4), y, z],
        rotation: [0, 0, Math.PI / 2],
      })
    }
  }
  return mergeParts(parts)
}

function switchLeds(linkedPorts: number[]): Led[] {
  const z = SWITCH.faceZ + 0.3
  const leds: Led[] = []
  for (let port = 1; port <= 24; port++) {
    const { x, y, up } = portAt(port)
    const ledY = y + (up ? 6.3 : -6.3)
    const linked = linkedPorts.includes(port)
    leds.push({ at: [x - 4.6, ledY, z], colour: linked ? LED.green : LED.greenOff })
    leds.push({ at: [x + 4.6, ledY, z], colour: LED.amberOff })
  }
  SFP.x.forEach((x) => {
    leds.push({ at: [x, ROW_Y.top + 6.6, z], colour: LED.greenOff })
    leds.push({ at: [x, ROW_Y.bottom - 6.6, z], colour: LED.greenOff })
  })
  for (const y of [34, 27, 20]) leds.push({ at: [-207, y, z], colour: LED.green })
  const { psu } = REAR
  leds.push({ at: [-(psu.a + psu.ledP), psu.y + psu.ledQ, REAR_Z - PSU_PROUD_MM - 0.3], colour: LED.green })
  return leds
}

// ---------------------------------------------------------------------------------------------------------
// The prints, in mm from each face's top left corner.

function drawArrows(context: CanvasRenderingContext2D, x: number, y: number, size: number, inward: boolean) {
  // Three arrows crossing the face's edge (the bar): into it for intake, out of it for exhaust.
  context.fillStyle = '#ffffff'
  context.fillRect(x + size * 0.95, y - size * 0.6, size * 0.12, size * 1.2)
  for (const dy of [-0.4, 0, 0.4]) {
    const cy = y + dy * size
    const [from, to] = inward ? [x, x + size * 0.85] : [x + size * 1.15, x + size * 2]
    context.fillRect(from, cy - size * 0.05, to - from - size * 0.2, size * 0.1)
    context.beginPath()
    context.moveTo(to, cy)
    context.lineTo(to - size * 0.25, cy - size * 0.14)
    context.lineTo(to - size * 0.25, cy + size * 0.14)
    context.fill()
  }
}

function drawFront(context: CanvasRenderingContext2D, name: string, airflow: Airflow) {
  const X = (x: number) => x + SWITCH.earX
  const Y = (y: number) => H - y
  context.fillStyle = '#26292d'
  context.fillRect(0, 0, 2 * SWITCH.earX, H)
  context.fillStyle = '#1b1d20'
  context.fillRect(X(-160), 0, 240, H)
  const grey = '#c9cdd1'
  for (const [y, text] of [
    [34, 'SYS'],
    [27, 'PWR'],
    [20, 'FAN'],
  ] as const) {
    print(context, text, X(-203.5), Y(y), 2.4, { align: 'left', colour: grey })
  }
  context.strokeStyle = grey
  context.lineWidth = 0.4
  context.beginPath()
  context.arc(X(-205), Y(10), 2.2, 0, Math.PI * 2)
  context.stroke()
  print(context, 'MODE', X(-199.5), Y(10), 2.2, { align: 'left', colour: grey })
  context.fillStyle = '#5b8fc8'
  context.fillRect(X(CONSOLE.x) - 8, Y(CONSOLE.y + 7.5), 16, 15)
  print(context, 'CONSOLE', X(CONSOLE.x), Y(CONSOLE.y + 10.5), 2.3, { colour: grey })
  for (let port = 1; port <= 24; port++) {
    const { x, y, up } = portAt(port)
    context.fillStyle = '#101113'
    context.fillRect(X(x) - 6.9, Y(y + 6), 13.8, 12)
    print(context, String(port), X(x), Y(up ? 40.6 : 2.6), 2.4, { colour: grey })
  }
  for (const [i, x] of SFP.x.entries()) {
    context.fillStyle = '#8e959b'
    context.fillRect(X(x) - 7.6, Y(ROW_Y.top + 5.6), 15.2, ROW_Y.top - ROW_Y.bottom + 11.2)
    print(context, String(25 + 2 * i), X(x), Y(40.6), 2.4, { colour: grey })
    print(context, String(26 + 2 * i), X(x), Y(2.6), 2.4, { colour: grey })
  }
  print(context, 'SFP+', X(50), Y(21.75), 2.2, { colour: '#1b1d20' })
  // Airflow label, asset label, the model line.
  context.fillStyle = AIRFLOW_COLOUR[airflow]
  context.fillRect(X(78), Y(41), 70, 13)
  drawArrows(context, X(80.5), Y(34.5), 8, airflow === 'port-side-intake')
  const intake = airflow === 'port-side-intake'
  print(context, intake ? "ENTRÉE D'AIR" : "SORTIE D'AIR", X(124), Y(37.4), 4, { maxWidthMm: 44 })
  print(context, 'côté ports', X(124), Y(31.6), 3.4, { weight: 400, maxWidthMm: 44 })
  context.fillStyle = '#fbfbf7'
  context.fillRect(X(152), Y(41), 60, 13)
  print(context, name, X(182), Y(34.5), 6, { colour: '#101214', maxWidthMm: 56 })
  print(context, '24 × RJ45 1G · 4 × SFP+ 10G', X(145), Y(16), 3, {
    weight: 400,
    colour: grey,
    maxWidthMm: 130,
  })
  // The ears, a shade darker than the face.
  context.fillStyle = '#1f2225'
  context.fillRect(0, 0, SWITCH.earX - W, H)
  context.fillRect(X(W), 0, SWITCH.earX - W, H)
}

function drawRear(context: CanvasRenderingContext2D, airflow: Airflow) {
  const X = (a: number) => a + W
  const Y = (y: number) => H - y
  context.fillStyle = '#383c41'
  context.fillRect(0, 0, 2 * W, H)
  for (const a of REAR.fanA) {
    context.fillStyle = '#0c0d0e'
    context.beginPath()
    context.arc(X(a), Y(22), 18, 0, Math.PI * 2)
    context.fill()
    context.strokeStyle = '#7a8087'
    context.lineWidth = 1
    for (const r of [5, 10, 15, 18]) {
      context.beginPath()
      context.arc(X(a), Y(22), r, 0, Math.PI * 2)
      context.stroke()
    }
    for (let k = 0; k < 4; k++) {
      const angle = (k * Math.PI) / 2 + Math.PI / 4
      context.beginPath()
      context.moveTo(X(a) + Math.cos(angle) * 5, Y(22) + Math.sin(angle) * 5)
      context.lineTo(X(a) + Math.cos(angle) * 18, Y(22) + Math.sin(angle) * 18)
      context.stroke()
    }
    context.fillStyle = '#4b5056'
    context.beginPath()
    context.arc(X(a), Y(22), 4.4, 0, Math.PI * 2)
    context.fill()
    // The fan module's pull tab, in the airflow colour.
    context.fillStyle = AIRFLOW_COLOUR[airflow]
    context.fillRect(X(a) + 19.5, Y(36), 3, 28)
  }
  honeycomb(context, X(105), Y(40), 26, 36, 3, '#33373c', '#08090a')
  context.fillStyle = '#08090a'
  context.fillRect(X(REAR.psu.a), Y(REAR.psu.y + REAR.psu.h), REAR.psu.w, REAR.psu.h)
  // Earth point: the green / yellow symbol beside the two studs.
  context.fillStyle = '#f2d21c'
  context.fillRect(X(REAR.earthA) + 6, Y(35), 12, 26)
  context.fillStyle = '#2f9e44'
  for (let k = 0; k < 4; k++) context.fillRect(X(REAR.earthA) + 6, Y(35) + 2 + k * 6.5, 12, 3)
  // The earth symbol above the studs.
  context.fillStyle = '#e8e8e8'
  const ex = X(REAR.earthA)
  context.fillRect(ex - 0.3, Y(41.5), 0.6, 3)
  for (const [dy, w] of [
    [3, 5],
    [4.2, 3.4],
    [5.4, 1.8],
  ] as const) {
    context.fillRect(ex - w / 2, Y(41.5) + dy, w, 0.5)
  }
}

function drawPsu(context: CanvasRenderingContext2D, airflow: Airflow) {
  const { psu } = REAR
  context.fillStyle = '#1c1e21'
  context.fillRect(0, 0, psu.w, psu.h)
  honeycomb(context, 14, 4, 28, 22, 2.6, '#3c4046', '#060607')
  context.fillStyle = AIRFLOW_COLOUR[airflow]
  context.fillRect(1.5, 10, 4, 18)
  print(context, 'PSU', 28, 32, 4.5, { colour: '#f4f4f0' })
  context.fillStyle = '#0c0d0e'
  context.fillRect(psu.c14P - 14, psu.h - psu.c14Q - 11, 28, 22)
  context.strokeStyle = '#4a4f55'
  context.lineWidth = 0.6
  context.strokeRect(psu.c14P - 14, psu.h - psu.c14Q - 11, 28, 22)
}

function drawLid(context: CanvasRenderingContext2D, airflow: Airflow) {
  const intake = airflow === 'port-side-intake'
  context.fillStyle = AIRFLOW_COLOUR[airflow]
  context.fillRect(0, 0, 140, 60)
  context.fillStyle = '#ffffff'
  // Arrows along the airflow: toward the rear (up the label) for intake, toward the ports for exhaust.
  for (const x of [18, 122]) {
    context.beginPath()
    const [tip, tail] = intake ? [6, 54] : [54, 6]
    const dir = Math.sign(tail - tip)
    context.moveTo(x, tip)
    context.lineTo(x + 9, tip + dir * 12)
    context.lineTo(x + 3.5, tip + dir * 12)
    context.lineTo(x + 3.5, tail)
    context.lineTo(x - 3.5, tail)
    context.lineTo(x - 3.5, tip + dir * 12)
    context.lineTo(x - 9, tip + dir * 12)
    context.fill()
  }
  print(context, intake ? "ENTRÉE D'AIR" : "SORTIE D'AIR", 70, 22, 10, { maxWidthMm: 80 })
  print(context, 'côté ports', 70, 37, 8, { weight: 400, maxWidthMm: 80 })
}

function drawSwitchPrints(context: CanvasRenderingContext2D, name: string, airflow: Airflow) {
  drawIn(context, A.front, 2 * SWITCH.earX, H, () => drawFront(context, name, airflow))
  drawIn(context, A.rear, 2 * W, H, () => drawRear(context, airflow))
  drawIn(context, A.psu, REAR.psu.w, REAR.psu.h, () => drawPsu(context, airflow))
  drawIn(context, A.lid, 140, 60, () => drawLid(context, airflow))
  drawJack(context, A.jackUp, 1)
  drawJack(context, A.jackDown, -1)
  drawIn(context, A.sfp, 14, 10, () => {
    context.fillStyle = '#0b0c0d'
    context.fillRect(0, 0, 14, 10)
    context.fillStyle = '#2d5a3a'
    context.fillRect(3, 4.2, 8, 1.6)
  })
  drawSwatch(context, A.black, '#17191c')
  drawSwatch(context, A.handle, AIRFLOW_COLOUR[airflow])
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
  use(printFontReady())
  const printed = useGeometry(printedGeometry, [])
  const metal = useGeometry(zincGeometry, [])
  const material = useMemo(() => {
    const { widthPx, heightPx } = SWITCH_ATLAS
    const key = `rack-switch|${name}|${airflow}`
    return printMaterial(
      canvasTexture(key, widthPx, heightPx, (context) => drawSwitchPrints(context, name, airflow)),
      key,
    )
  }, [name, airflow])
  return (
    <group position={at} rotation={[0, facing === 'rear' ? Math.PI : 0, 0]}>
      <mesh geometry={printed} material={material} />
      <mesh geometry={metal} material={zinc()} />
      <Leds leds={switchLeds(linkedPorts)} sizeMm={[2, 1.4, 0.6]} />
    </group>
  )
}
