/**
 * A 1U 24-port Cat6A keystone patch panel: a black folded steel plate 482.6 × 43.6 mm with its four
 * oval ear slots, 24 shielded (zinc die-cast) keystone jacks in four groups of six, latch slot up, a
 * white write-on label strip above them with the port numbers and the printed panel id (e.g.
 * "DC.C03-40"). At the rear: the keystones' bodies and their black termination caps where the cables
 * enter, the port numbers printed again, and the cable support bar on two brackets, 110 mm back, which
 * the cables are tied to. Two draw calls: printed parts, zinc keystones.
 */
import type { BufferGeometry } from 'three'
import { box, mergeParts } from '../../../src/kit/geometry.ts'
import type { Part, Vec3 } from '../../../src/kit/geometry.ts'
import { HOLE_OFFSETS_MM, PANEL_PORTS, RACK } from '../layout.ts'
import {
  Device,
  JACK,
  SWATCH,
  drawAreas,
  drawJack,
  fill,
  holedPlate,
  jackBack,
  mergeFaces,
  packAtlas,
  paintWith,
  placedBox,
  print,
  printOn,
  rectHole,
  rj45Hole,
  usePrint,
} from './Equipment.tsx'

const H = 43.6
const EAR_X_MM = 241.3
const PLATE_MM = 1.6
const PORT_Y = 15
const FACE_Z_MM = 3.2
const REAR_Z = -40
const BAR_Z = -110
/** Plate 1.6 mm thick on the rails' plane; keystones 14.5 × 16.6 mm, their faces 1.6 mm proud of it. */
export const PANEL = {
  earX: EAR_X_MM,
  heightMm: H,
  plateMm: PLATE_MM,
  portY: PORT_Y,
  faceZ: FACE_Z_MM,
  rearZ: REAR_Z,
  barZ: BAR_Z,
}
/** The keystone: its face, then its body 30 mm deep to the termination cap (8 mm). */
const KEYSTONE_W = 14.5
const KEYSTONE_H = 16.6
const KEYSTONE_MM = 30
const CAP_MM = 8

/** x of port `port` (1–24): four groups of six at 16.4 mm, 6 mm between groups. */
export function panelPortX(port: number): number {
  const i = port - 1
  return -197.6 + Math.floor(i / 6) * 104.4 + (i % 6) * 16.4
}
const PORTS_X = Array.from({ length: PANEL_PORTS }, (_, i) => panelPortX(i + 1))

const { heightPx, areas: A } = packAtlas({
  front: [-EAR_X_MM, 0, EAR_X_MM, H],
  strip: [-206, 26.5, 206, 39.5],
  rearStrip: [-206, 31, 206, 41],
  jack: JACK,
  black: SWATCH,
})

/** A port's mouth at the front (where a patch cord's plug goes in) or its cable entry at the rear. */
export function panelPortPoint(at: Vec3, port: number, side: 'front' | 'rear'): Vec3 {
  return [at[0] + panelPortX(port), at[1] + PORT_Y, at[2] + (side === 'front' ? FACE_Z_MM : REAR_Z)]
}

/**
 * The black steel: the folded top and bottom returns, stopping short of the rails, and the cable
 * support bar on its two brackets ([w, h, d, x, y, z]).
 */
const STEEL: [number, number, number, number, number, number][] = [
  [428, 1.5, 18, 0, 0.75, -9],
  [428, 1.5, 18, 0, H - 0.75, -9],
  [2, 20, -BAR_Z, -213, 12, BAR_Z / 2],
  [2, 20, -BAR_Z, 213, 12, BAR_Z / 2],
  [428, 2, 22, 0, 3, BAR_Z + 9],
  [428, 12, 2, 0, 8, BAR_Z - 1],
]

function printedGeometry(): BufferGeometry {
  const slots = [-1, 1].flatMap((sx) =>
    ([1, 3] as const).map((pos) => rectHole(sx * RACK.holeX, HOLE_OFFSETS_MM[pos] - H / 2, 10, 6.6, 3.2)),
  )
  const cutOuts = PORTS_X.map((x) => rectHole(x, PORT_Y - H / 2, 14.9, 17, 0.4))
  const plate = holedPlate(2 * EAR_X_MM, H, PLATE_MM, [...slots, ...cutOuts])
  const front = [
    printOn(plate.translate(0, H / 2, PLATE_MM), A.front),
    printOn(placedBox(412, 13, 0.4, [0, 33, PLATE_MM + 0.2]), A.strip),
    ...STEEL.map(([w, h, d, x, y, z]) => paintWith(placedBox(w, h, d, [x, y, z]), A.black)),
  ]
  for (const x of PORTS_X) {
    // Behind the jack's mouth; the termination cap at the keystone's back, where the cable comes in.
    front.push(
      jackBack(A.jack, x, PORT_Y, 1, FACE_Z_MM - 4.5),
      paintWith(placedBox(13, 15, CAP_MM, [x, PORT_Y, -KEYSTONE_MM - CAP_MM / 2]), A.black),
      paintWith(placedBox(7, 7, 4, [x, PORT_Y, REAR_Z + 2]), A.black),
    )
  }
  // The port numbers again, on the plate's back, read from behind.
  const rear = [printOn(placedBox(412, 10, 0.3, [0, 36, 0.15]), A.rearStrip)]
  return mergeFaces(front, rear, 0)
}

function keystoneGeometry(): BufferGeometry {
  const bodyMm = KEYSTONE_MM - 1.8
  return mergeParts(
    PORTS_X.flatMap((x): Part[] => [
      { geometry: holedPlate(KEYSTONE_W, KEYSTONE_H, 5, [rj45Hole(0, 0, 1)]), at: [x, PORT_Y, FACE_Z_MM] },
      box(KEYSTONE_W - 0.6, KEYSTONE_H - 0.6, bodyMm, [x, PORT_Y, -1.8 - bodyMm / 2]),
    ]),
  )
}

// The prints, each in its frame (mm, y up).

const BLACK = '#0b0c0d'
const CHARCOAL = '#1d1f22'
const GREY = '#c9cdd1'

function drawFront(context: CanvasRenderingContext2D) {
  for (const x of PORTS_X) fill(context, BLACK, x - 8, PORT_Y - 9, 16, 18)
  print(context, 'CAT 6A', -226, 22.2, 2.6, GREY)
  print(context, 'STP', -226, 18.6, 2.6, GREY)
}

function drawStrip(context: CanvasRenderingContext2D, name: string) {
  const line = '#9aa0a6'
  context.strokeStyle = line
  context.lineWidth = 0.25
  context.strokeRect(-205.7, 26.8, 411.4, 12.4)
  fill(context, line, -205.5, 33, 411, 0.25)
  // Numbers over write-on boxes; the first group's boxes carry the panel id, as a label printer prints it.
  PORTS_X.forEach((x, i) => {
    print(context, String(i + 1), x, 36.1, 3.6, BLACK)
    if (i > 5 && i % 6 < 5) fill(context, line, x + 8.1, 27.1, 0.25, 5.8)
  })
  print(context, name, PORTS_X[0]! + 41, 29.8, 5, BLACK, 94)
}

function drawRearStrip(context: CanvasRenderingContext2D) {
  PORTS_X.forEach((x, i) => print(context, String(i + 1), -x, 36, 3.4, '#e6e6e2'))
}

/** The patch panel: `at` = [centre line, bottom edge, the plate's back face (the front rails' plane)]. */
export function PatchPanel({ at, name }: { at: Vec3; name: string }) {
  const material = usePrint(`rack-panel|${name}`, heightPx, (context) =>
    drawAreas(context, A, {
      front: [CHARCOAL, drawFront],
      strip: ['#fafaf6', (face) => drawStrip(face, name)],
      rearStrip: [CHARCOAL, drawRearStrip],
      jack: [BLACK, drawJack],
      black: [CHARCOAL],
    }),
  )
  return <Device at={at} printed={printedGeometry} zincParts={keystoneGeometry} material={material} />
}
