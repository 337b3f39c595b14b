/**
 * A 2U rack server as the big vendors ship them (brand-free): a galvanised steel chassis 430 mm wide and
 * 720 mm deep; at the front, black ears with a captive thumbscrew each (the right one carries the power
 * button and the ID button, the left one the health LED), eight 2.5" hot-swap drive carriers standing on
 * edge with their levers and LEDs, a honeycomb bezel grille, the pull-out information tab and the white
 * asset label with the host name. At the rear, from the technician's left: VGA, two USB, the
 * management port, four RJ45 NIC ports, PCIe slot covers, vents, and the two hot-swap PSUs side by
 * side on the right (C14 inlets, handles, orange hot-swap latches, green LEDs, "PSU1" / "PSU2"). On
 * the lid: the team-lift sticker ("25 kg · 2 personnes") and the airflow arrow toward the rear.
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

/** Chassis: 2U less clearance, 430 mm between the slide rails, ears to 482.6 mm; front face 18 mm proud of the ears' back. */
export const SERVER = { heightMm: 86.8, halfWidthMm: 215, earX: 241.3, depthMm: 720, frontZ: 18 }
const H = SERVER.heightMm
const REAR_Z = -SERVER.depthMm
const PLATE_MM = 6
/** The thumbscrews line up with the top hole of the lowest U, in the ears' middle. */
const SCREW = { x: RACK.holeX, y: HOLE_OFFSETS_MM[3], headMm: 11, lengthMm: 7 }
/** The drive cage: 8 carriers of 18.6 mm, standing on edge. */
const CAGE = { x: -112.5, y: 44, w: 150, h: 80, pitchMm: 18.6, carrierW: 18.2, carrierH: 78 }
const carrierX = (bay: number) => CAGE.x - CAGE.w / 2 + 1 + CAGE.pitchMm * (bay + 0.5)
const POWER_AT = { x: 228.15, powerY: 72, idY: 58, usbY: 14 }
const TAB = { x: -201, y: 6, w: 20, h: 6 }
const ASSET = { x: 173, y: 72, w: 66, h: 16 }

/** Rear features in rear-view x (a = −x, the technician's left is a < 0), heights from the bottom. */
const REAR = {
  nicA: (nic: number) => -105 + 17 * (nic - 1),
  mgmtA: -135,
  portY: 12,
  vgaA: -190,
  usbA: -158,
  idA: -28,
  psuA: (psu: 1 | 2) => (psu === 1 ? 65 : 140.5),
  psu: { w: 73.5, h: 40, y: 2, c14P: 58, c14Q: 18, ledQ: 35 },
  covers: [-210, -85].flatMap((a) => [28, 47.5, 67].map((y) => ({ a, y, w: 118, h: 17.5 }))),
}

const SERVER_ATLAS = packAtlas({
  front: [1931, 348],
  rear: [1720, 348],
  carrier: [73, 312],
  psu1: [294, 160],
  psu2: [294, 160],
  weight: [256, 168],
  air: [360, 144],
  vga: [96, 36],
  jack: [56, 40],
  usb: [56, 24],
  cover: [472, 70],
  black: [8, 8],
  handle: [8, 8],
  button: [8, 8],
})
const A = SERVER_ATLAS.areas

export function serverNicPoint(at: Vec3, nic: number): Vec3 {
  return toRack(at, [-REAR.nicA(nic), REAR.portY, REAR_Z])
}

/** The C14 inlet's mouth, on the PSU's face. */
export function serverPsuPoint(at: Vec3, psu: 1 | 2): Vec3 {
  return toRack(at, [-(REAR.psuA(psu) + REAR.psu.c14P), REAR.psu.y + REAR.psu.c14Q, REAR_Z - 1])
}

/** Where the hands go: the front face's middle (pushed in), and the two thumbscrews' heads. */
export function serverGripPoints(at: Vec3): { front: Vec3; left: Vec3; right: Vec3 } {
  const headZ = SERVER.frontZ + SCREW.lengthMm
  return {
    front: toRack(at, [0, H / 2, SERVER.frontZ]),
    left: toRack(at, [-SCREW.x, SCREW.y, headZ]),
    right: toRack(at, [SCREW.x, SCREW.y, headZ]),
  }
}

const FRONT_FRAME: [number, number, number, number] = [-SERVER.earX, 0, SERVER.earX, H]
const REAR_FRAME: [number, number, number, number] = [-SERVER.halfWidthMm, 0, SERVER.halfWidthMm, H]

/** A part of the rear face, built facing +z in rear-view coordinates and turned to face the rear. */
const toRear = (geometry: BufferGeometry, a: number, y: number, z: number) =>
  geometry.rotateY(Math.PI).translate(-a, y, z)

function frontParts(): Part[] {
  const front = A.front.rect
  const plate = holedPlate(2 * SERVER.earX, H, SERVER.frontZ, [
    rectHole(CAGE.x, CAGE.y - H / 2, CAGE.w, CAGE.h),
    rectHole(POWER_AT.x, POWER_AT.usbY - H / 2, 12.5, 5),
  ]).translate(0, H / 2, SERVER.frontZ)
  const parts: BufferGeometry[] = [
    printOn(plate, front, 'front', FRONT_FRAME),
    printOn(placedBox(TAB.w, TAB.h, 5, [TAB.x, TAB.y, SERVER.frontZ + 0.5]), front, 'front', FRONT_FRAME),
    printOn(
      placedBox(ASSET.w, ASSET.h, 0.4, [ASSET.x, ASSET.y, SERVER.frontZ + 0.2]),
      front,
      'front',
      FRONT_FRAME,
    ),
    paintWith(placedBox(CAGE.w, CAGE.h, 1, [CAGE.x, CAGE.y, 0.5]), A.black.rect),
    paintWith(placedBox(13, 6, 1, [POWER_AT.x, POWER_AT.usbY, 4]), A.black.rect),
  ]
  for (let bay = 0; bay < 8; bay++) {
    const x = carrierX(bay)
    const frame: [number, number, number, number] = [x - CAGE.carrierW / 2, 5, x + CAGE.carrierW / 2, 83]
    const carrier = placedBox(CAGE.carrierW, CAGE.carrierH, 16, [x, 44, 9])
    parts.push(printOn(carrier, A.carrier.rect, 'front', frame))
    parts.push(printOn(placedBox(14, 40, 1.5, [x, 31, 17.75]), A.carrier.rect, 'front', frame))
  }
  // Power and ID buttons on the right ear.
  for (const [y, radius] of [
    [POWER_AT.powerY, 4.5],
    [POWER_AT.idY, 3.5],
  ] as const) {
    const button = new CylinderGeometry(radius, radius, 2.5, 20).rotateX(Math.PI / 2)
    parts.push(paintWith(button.translate(POWER_AT.x, y, SERVER.frontZ + 1.25), A.button.rect))
  }
  return parts.map((geometry) => ({ geometry }))
}

function rearParts(): Part[] {
  const rear = A.rear.rect
  const { psu } = REAR
  const holes = [
    ...[1, 2, 3, 4].map((nic) => rj45Hole(REAR.nicA(nic), REAR.portY - H / 2, 1)),
    rj45Hole(REAR.mgmtA, REAR.portY - H / 2, 1),
    rectHole(REAR.usbA, 9 - H / 2, 12.5, 5),
    rectHole(REAR.usbA, 17 - H / 2, 12.5, 5),
    ...([1, 2] as const).map((n) =>
      rectHole(REAR.psuA(n) + psu.w / 2, psu.y + psu.h / 2 - H / 2, psu.w, psu.h),
    ),
  ]
  const parts: BufferGeometry[] = [
    printOn(
      toRear(holedPlate(2 * SERVER.halfWidthMm, H, PLATE_MM, holes), 0, H / 2, REAR_Z),
      rear,
      'rear',
      REAR_FRAME,
    ),
  ]
  const jackBack = (a: number) =>
    printOn(
      toRear(placedBox(14, 10, 1, [a, REAR.portY + 0.6, 0]), 0, 0, REAR_Z + PLATE_MM - 0.5),
      A.jack.rect,
      'rear',
      [a - 7, REAR.portY - 4.4, a + 7, REAR.portY + 5.6],
    )
  for (const nic of [1, 2, 3, 4]) parts.push(jackBack(REAR.nicA(nic)))
  parts.push(jackBack(REAR.mgmtA))
  for (const y of [9, 17]) {
    const back = toRear(placedBox(12.5, 5, 1, [REAR.usbA, y, 0]), 0, 0, REAR_Z + PLATE_MM - 0.5)
    parts.push(printOn(back, A.usb.rect, 'rear', [REAR.usbA - 6.25, y - 2.5, REAR.usbA + 6.25, y + 2.5]))
  }
  // The VGA connector's blue insert, proud of its zinc shell.
  const vga = toRear(placedBox(24, 9, 4.4, [REAR.vgaA, 13, 0]), 0, 0, REAR_Z - 2.2)
  parts.push(printOn(vga, A.vga.rect, 'rear', [REAR.vgaA - 12, 8.5, REAR.vgaA + 12, 17.5]))
  for (const cover of REAR.covers) {
    const plate = toRear(
      placedBox(cover.w, cover.h, 1, [cover.a + cover.w / 2, cover.y + cover.h / 2, 0]),
      0,
      0,
      REAR_Z - 0.5,
    )
    parts.push(printOn(plate, A.cover.rect, 'rear', [cover.a, cover.y, cover.a + cover.w, cover.y + cover.h]))
  }
  for (const n of [1, 2] as const) parts.push(...psuParts(n))
  return parts.map((geometry) => ({ geometry }))
}

/** A hot-swap PSU in its bay: printed face with the C14 inlet, the black handle, the bay's dark back. */
function psuParts(n: 1 | 2): BufferGeometry[] {
  const { psu } = REAR
  const a0 = REAR.psuA(n)
  const face = holedPlate(psu.w - 1, psu.h - 1, PLATE_MM, [
    c14Hole(psu.c14P - psu.w / 2, psu.c14Q - psu.h / 2),
  ])
  const frame: [number, number, number, number] = [a0, psu.y, a0 + psu.w, psu.y + psu.h]
  const handle = mergeParts(
    [box(4, 4, 22, [9, 10, 11]), box(4, 4, 22, [9, 30, 11]), box(5, 26, 5, [9, 20, 24])].map((part) => ({
      ...part,
      at: [part.at![0] + a0, part.at![1] + psu.y, part.at![2]] as Vec3,
    })),
  )
  return [
    printOn(
      toRear(face, a0 + psu.w / 2, psu.y + psu.h / 2, REAR_Z - 1),
      A[n === 1 ? 'psu1' : 'psu2'].rect,
      'rear',
      frame,
    ),
    paintWith(
      toRear(
        placedBox(psu.w, psu.h, 1, [a0 + psu.w / 2, psu.y + psu.h / 2, 0]),
        0,
        0,
        REAR_Z + PLATE_MM - 0.5,
      ),
      A.black.rect,
    ),
    paintWith(handle.rotateY(Math.PI).translate(0, 0, REAR_Z - 1), A.handle.rect),
  ]
}

function lidParts(): Part[] {
  const top = H
  return [
    paintWith(placedBox(429, 0.6, 2, [0, top - 0.5, -147]), A.black.rect),
    paintWith(placedBox(70, 2, 26, [0, top + 1, -330]), A.handle.rect),
    printOn(placedBox(64, 0.3, 42, [-120, top + 0.15, -58]), A.weight.rect, 'top', [-152, 37, -88, 79]),
    printOn(placedBox(90, 0.3, 36, [95, top + 0.15, -70]), A.air.rect, 'top', [50, 52, 140, 88]),
  ].map((geometry) => ({ geometry }))
}

function zincParts(): Part[] {
  const rod = (r: number, length: number, at: Vec3, segments: number): Part => ({
    geometry: new CylinderGeometry(r, r, length, segments),
    at,
    rotation: [Math.PI / 2, 0, 0],
  })
  const parts: Part[] = [
    box(2 * SERVER.halfWidthMm, H - 0.8, -REAR_Z - PLATE_MM, [0, (H - 0.8) / 2, (REAR_Z + PLATE_MM) / 2]),
    box(429, 0.8, 566, [0, H - 0.4, -431]),
    box(429, 0.8, 146, [0, H - 0.4, -73]),
    // The VGA connector's shell and jack screws.
    box(31, 12.5, 3, [-REAR.vgaA, 13, REAR_Z - 1.5]),
    rod(2.4, 4, [-REAR.vgaA - 19, 13, REAR_Z - 2], 6),
    rod(2.4, 4, [-REAR.vgaA + 19, 13, REAR_Z - 2], 6),
  ]
  for (const sx of [-1, 1]) {
    parts.push(
      rod(
        SCREW.headMm / 2,
        SCREW.lengthMm - 1.2,
        [sx * SCREW.x, SCREW.y, SERVER.frontZ + 1.2 + (SCREW.lengthMm - 1.2) / 2],
        18,
      ),
    )
    parts.push(rod(6.8, 1.2, [sx * SCREW.x, SCREW.y, SERVER.frontZ + 0.6], 24))
  }
  // The C14 inlets' three blades: line and neutral low, earth higher in the middle.
  for (const n of [1, 2] as const) {
    const x = -(REAR.psuA(n) + REAR.psu.c14P)
    const y = REAR.psu.y + REAR.psu.c14Q
    for (const [dx, dy] of [
      [-7, -1.5],
      [7, -1.5],
      [0, 3.5],
    ] as const) {
      parts.push(box(1.6, 4.4, 5.5, [x + dx, y + dy, REAR_Z + PLATE_MM - 0.5 - 2.75]))
    }
  }
  return parts
}

function serverLeds(linkedNics: number[]): Led[] {
  const leds: Led[] = []
  const frontZ = 17.3
  for (let bay = 0; bay < 8; bay++) {
    leds.push({ at: [carrierX(bay) - 4.2, 80, frontZ], colour: LED.green })
    leds.push({ at: [carrierX(bay) + 4.2, 80, frontZ], colour: LED.greenOff })
  }
  leds.push({ at: [-228.15, 72, SERVER.frontZ + 0.3], colour: LED.blue })
  leds.push({ at: [POWER_AT.x, POWER_AT.powerY, SERVER.frontZ + 2.6], colour: LED.green })
  leds.push({ at: [POWER_AT.x, POWER_AT.idY, SERVER.frontZ + 2.6], colour: '#1d2a40' })
  const rearZ = REAR_Z - 0.3
  const port = (a: number, linked: boolean) => {
    leds.push({ at: [-(a - 4.6), REAR.portY + 5.2, rearZ], colour: linked ? LED.green : LED.greenOff })
    leds.push({ at: [-(a + 4.6), REAR.portY + 5.2, rearZ], colour: linked ? LED.amber : LED.amberOff })
  }
  for (const nic of [1, 2, 3, 4]) port(REAR.nicA(nic), linkedNics.includes(nic))
  port(REAR.mgmtA, false)
  for (const n of [1, 2] as const) {
    leds.push({
      at: [-(REAR.psuA(n) + REAR.psu.c14P), REAR.psu.y + REAR.psu.ledQ, REAR_Z - 1.3],
      colour: LED.green,
    })
  }
  leds.push({ at: [-REAR.idA, 20, rearZ], colour: '#1d2a40' })
  return leds
}

// ---------------------------------------------------------------------------------------------------------
// The prints, in mm from each face's top left corner.

const BLACK = '#1e2124'

function drawFront(context: CanvasRenderingContext2D, name: string) {
  const X = (x: number) => x + SERVER.earX
  const Y = (y: number) => H - y
  context.fillStyle = BLACK
  context.fillRect(0, 0, 2 * SERVER.earX, H)
  // The ears: a moulded cap each, a shade lighter, with the thumbscrew's recess.
  context.fillStyle = '#2a2d31'
  context.fillRect(0, 0, SERVER.earX - SERVER.halfWidthMm, H)
  context.fillRect(X(SERVER.halfWidthMm), 0, SERVER.earX - SERVER.halfWidthMm, H)
  for (const sx of [-1, 1]) {
    context.fillStyle = '#111315'
    context.beginPath()
    context.arc(X(sx * SCREW.x), Y(SCREW.y), 7.6, 0, Math.PI * 2)
    context.fill()
  }
  // Left ear: health LED; right ear: power and ID buttons' rings, USB.
  print(context, 'ÉTAT', X(-228.15), Y(66), 2.2, { colour: '#aeb4ba' })
  context.strokeStyle = '#8d949b'
  context.lineWidth = 0.6
  for (const [y, r] of [
    [POWER_AT.powerY, 6],
    [POWER_AT.idY, 4.8],
  ] as const) {
    context.beginPath()
    context.arc(X(POWER_AT.x), Y(y), r, 0, Math.PI * 2)
    context.stroke()
  }
  print(context, 'ID', X(POWER_AT.x), Y(POWER_AT.idY - 7), 2.2, { colour: '#aeb4ba' })
  print(context, 'USB', X(POWER_AT.x), Y(POWER_AT.usbY + 6), 2, { colour: '#aeb4ba' })
  context.fillStyle = '#060708'
  context.fillRect(X(POWER_AT.x) - 7, Y(POWER_AT.usbY) - 3.2, 14, 6.4)
  // The drive cage's dark frame, then the bezel grille.
  context.fillRect(X(CAGE.x - CAGE.w / 2) - 1.5, Y(CAGE.y + CAGE.h / 2) - 1.5, CAGE.w + 3, CAGE.h + 3)
  context.fillStyle = '#33373c'
  context.fillRect(X(-32), Y(84), 242, 81)
  honeycomb(context, X(-30), Y(82), 238, 77, 4.2, '#2f3338', '#07080a')
  // The information tab and the asset label.
  context.fillStyle = '#555b62'
  context.fillRect(X(TAB.x - TAB.w / 2), Y(TAB.y + TAB.h / 2), TAB.w, TAB.h)
  context.strokeStyle = '#f2f2f2'
  context.lineWidth = 0.35
  context.beginPath()
  context.arc(X(TAB.x - 5), Y(TAB.y), 1.7, 0, Math.PI * 2)
  context.stroke()
  print(context, 'i', X(TAB.x - 5), Y(TAB.y), 2.4, { colour: '#f2f2f2' })
  print(context, 'INFO', X(TAB.x + 2.5), Y(TAB.y), 2.6, { colour: '#f2f2f2' })
  const labelX = X(ASSET.x - ASSET.w / 2)
  const labelY = Y(ASSET.y + ASSET.h / 2)
  context.fillStyle = '#fbfbf7'
  context.fillRect(labelX, labelY, ASSET.w, ASSET.h)
  print(context, name, labelX + ASSET.w / 2, labelY + 4.8, 6.2, {
    colour: '#101214',
    maxWidthMm: ASSET.w - 4,
  })
  context.fillStyle = '#101214'
  for (let i = 0, x = labelX + 6; x < labelX + ASSET.w - 6; i++) {
    const bar = 0.3 + ((i * 7) % 5) * 0.18
    context.fillRect(x, labelY + 9.5, bar, 5)
    x += bar + 0.35 + ((i * 3) % 4) * 0.15
  }
}

function drawRear(context: CanvasRenderingContext2D) {
  const X = (a: number) => a + SERVER.halfWidthMm
  const Y = (y: number) => H - y
  context.fillStyle = '#a9afb4'
  context.fillRect(0, 0, 2 * SERVER.halfWidthMm, H)
  honeycomb(context, X(36), Y(84), 178, 38, 3.4, '#9ba1a6', '#101214')
  honeycomb(context, X(-20), Y(44), 82, 22, 3.4, '#9ba1a6', '#101214')
  const port = (a: number, text: string) => {
    context.fillStyle = '#3a3e43'
    context.fillRect(X(a) - 7.5, Y(REAR.portY + 6.5), 15, 12)
    print(context, text, X(a), Y(REAR.portY + 9), 3, { colour: '#1b1d20' })
  }
  for (const nic of [1, 2, 3, 4]) port(REAR.nicA(nic), String(nic))
  port(REAR.mgmtA, 'MGMT')
  print(context, 'USB', X(REAR.usbA), Y(23.5), 2.6, { colour: '#1b1d20' })
  context.fillStyle = '#3a3e43'
  context.fillRect(X(REAR.usbA) - 7.5, Y(20.5), 15, 15)
  print(context, 'VGA', X(REAR.vgaA), Y(23.5), 2.6, { colour: '#1b1d20' })
  context.beginPath()
  context.arc(X(REAR.idA), Y(12), 3.5, 0, Math.PI * 2)
  context.fillStyle = '#2b5fb8'
  context.fill()
  print(context, 'ID', X(REAR.idA), Y(24), 2.6, { colour: '#1b1d20' })
  // The PSU bays' dark frames.
  context.fillStyle = '#141517'
  for (const n of [1, 2] as const)
    context.fillRect(X(REAR.psuA(n)) - 0.8, Y(REAR.psu.y + REAR.psu.h) - 0.8, 75.1, 41.6)
}

function drawPsu(context: CanvasRenderingContext2D, n: 1 | 2) {
  const { psu } = REAR
  const Y = (q: number) => psu.h - q
  context.fillStyle = '#1c1e21'
  context.fillRect(0, 0, psu.w, psu.h)
  // The orange hot-swap latch, the vents, the inlet's moulded surround.
  context.fillStyle = '#e0701c'
  context.fillRect(1.5, Y(28), 4, 16)
  honeycomb(context, 16, Y(37), 26, 24, 2.6, '#3c4046', '#060607')
  print(context, `PSU${n}`, 29, Y(6), 5.5, { colour: '#f4f4f0' })
  context.fillStyle = '#0c0d0e'
  context.fillRect(psu.c14P - 14, Y(psu.c14Q + 11), 28, 22)
  context.strokeStyle = '#3b3f44'
  context.lineWidth = 0.6
  context.strokeRect(psu.c14P - 14, Y(psu.c14Q + 11), 28, 22)
  print(context, '800 W', psu.c14P, Y(3.5), 2.4, { colour: '#b8bec4' })
}

function drawCarrier(context: CanvasRenderingContext2D) {
  const w = CAGE.carrierW
  context.fillStyle = '#2c2f34'
  context.fillRect(0, 0, w, CAGE.carrierH)
  context.fillStyle = '#08090a'
  context.fillRect(0, 0, w, 0.5)
  context.fillRect(0, CAGE.carrierH - 0.5, w, 0.5)
  for (const x of [w / 2 - 4.2, w / 2 + 4.2]) context.fillRect(x - 1.6, 1.8, 3.2, 2.4)
  for (let row = 0; row < 9; row++) {
    for (const x of [4.5, 9.1, 13.7]) {
      context.beginPath()
      context.arc(x, 8 + row * 2.6, 0.8, 0, Math.PI * 2)
      context.fill()
    }
  }
  // The lever with its grip ridges, and the grey release button under it.
  context.fillStyle = '#1a1c1f'
  context.fillRect(w / 2 - 7, 32, 14, 40)
  context.fillStyle = '#3a3e44'
  for (let ridge = 0; ridge < 8; ridge++) context.fillRect(w / 2 - 5, 50 + ridge * 2.3, 10, 0.7)
  context.fillStyle = '#9aa1a8'
  context.fillRect(w / 2 - 4, 73.5, 8, 3)
}

function drawWeight(context: CanvasRenderingContext2D) {
  context.fillStyle = '#f7d21c'
  context.fillRect(0, 0, 64, 42)
  context.fillStyle = '#111111'
  context.fillRect(1.5, 1.5, 61, 39)
  context.fillStyle = '#f7d21c'
  context.fillRect(2.5, 2.5, 59, 37)
  // Two people carrying a box between them.
  context.strokeStyle = '#111111'
  context.fillStyle = '#111111'
  context.lineWidth = 1.6
  context.lineCap = 'round'
  for (const [x, dir] of [
    [12, 1],
    [52, -1],
  ] as const) {
    context.beginPath()
    context.arc(x, 8, 2.4, 0, Math.PI * 2)
    context.fill()
    context.beginPath()
    context.moveTo(x, 11)
    context.lineTo(x, 20)
    context.lineTo(x - 3 * dir, 27)
    context.moveTo(x, 20)
    context.lineTo(x + 2 * dir, 27)
    context.moveTo(x, 13)
    context.lineTo(x + 7 * dir, 16)
    context.stroke()
  }
  context.fillRect(19, 12, 26, 9)
  print(context, '25 kg · 2 personnes', 32, 34.5, 5.4, { colour: '#111111', maxWidthMm: 56 })
}

function drawAir(context: CanvasRenderingContext2D) {
  context.fillStyle = '#f2f3f0'
  context.fillRect(0, 0, 90, 36)
  // The arrow points toward the rear (up the label read from the front).
  context.fillStyle = '#1d5fbf'
  context.beginPath()
  context.moveTo(62, 3)
  context.lineTo(76, 16)
  context.lineTo(68, 16)
  context.lineTo(68, 33)
  context.lineTo(56, 33)
  context.lineTo(56, 16)
  context.lineTo(48, 16)
  context.closePath()
  context.fill()
  print(context, 'AIR', 24, 14, 11, { colour: '#1d5fbf' })
  print(context, 'avant → arrière', 24, 27, 4.4, { weight: 400, colour: '#1b1d20', maxWidthMm: 40 })
}

function drawServerPrints(context: CanvasRenderingContext2D, name: string) {
  drawIn(context, A.front, 2 * SERVER.earX, H, () => drawFront(context, name))
  drawIn(context, A.rear, 2 * SERVER.halfWidthMm, H, () => drawRear(context))
  drawIn(context, A.carrier, CAGE.carrierW, CAGE.carrierH, () => drawCarrier(context))
  drawIn(context, A.psu1, REAR.psu.w, REAR.psu.h, () => drawPsu(context, 1))
  drawIn(context, A.psu2, REAR.psu.w, REAR.psu.h, () => drawPsu(context, 2))
  drawIn(context, A.weight, 64, 42, () => drawWeight(context))
  drawIn(context, A.air, 90, 36, () => drawAir(context))
  drawIn(context, A.vga, 24, 9, () => {
    context.fillStyle = '#0d0e10'
    context.fillRect(0, 0, 24, 9)
    context.fillStyle = '#2d56b3'
    context.beginPath()
    context.moveTo(1, 1)
    context.lineTo(23, 1)
    context.lineTo(21.5, 8)
    context.lineTo(2.5, 8)
    context.fill()
    context.fillStyle = '#0a0b0c'
    ;[5, 5, 5].forEach((count, row) => {
      for (let pin = 0; pin < count; pin++)
        context.fillRect(5.2 + pin * 3.2 + row * 0.8, 2 + row * 2.2, 0.9, 0.9)
    })
  })
  drawJack(context, A.jack, 1)
  drawIn(context, A.usb, 12.5, 5, () => {
    context.fillStyle = '#050506'
    context.fillRect(0, 0, 12.5, 5)
    context.fillStyle = '#2f6fdc'
    context.fillRect(1.2, 0.6, 10.1, 1.8)
  })
  drawIn(context, A.cover, 118, 17.5, () => {
    context.fillStyle = '#b6bcc1'
    context.fillRect(0, 0, 118, 17.5)
    context.fillStyle = '#2a2d31'
    for (let slot = 0; slot < 14; slot++) context.fillRect(14 + slot * 6.6, 4, 3.2, 9.5)
    context.fillStyle = '#7f858b'
    context.beginPath()
    context.arc(5.5, 8.75, 3, 0, Math.PI * 2)
    context.fill()
    context.fillStyle = '#8a9096'
    context.fillRect(0, 0, 118, 0.6)
  })
  drawSwatch(context, A.black, '#0b0c0d')
  drawSwatch(context, A.handle, '#16181b')
  drawSwatch(context, A.button, '#5b6168')
}

/**
 * The server: `at` = [centre line, bottom edge, ears' back face (the front rails' plane)], the body
 * toward −z. `name` is printed on the asset label; `linkedNics` light those NICs' link LEDs.
 */
export function Server2U({ at, name, linkedNics = [] }: { at: Vec3; name: string; linkedNics?: number[] }) {
  use(printFontReady())
  const printed = useGeometry(() => mergeParts([...frontParts(), ...rearParts(), ...lidParts()]), [])
  const metal = useGeometry(() => mergeParts(zincParts()), [])
  const material = useMemo(() => {
    const { widthPx, heightPx } = SERVER_ATLAS
    const texture = canvasTexture(`rack-server|${name}`, widthPx, heightPx, (context) =>
      drawServerPrints(context, name),
    )
    return printMaterial(texture, `rack-server|${name}`)
  }, [name])
  const leds = serverLeds(linkedNics)
  return (
    <group position={at}>
      <mesh geometry={printed} material={material} />
      <mesh geometry={metal} material={zinc()} />
      <Leds leds={leds} sizeMm={[2, 1.4, 0.6]} />
    </group>
  )
}
