/**
 * A 1U 24-port Cat6A keystone patch panel: a black folded steel plate 482.6 × 43.6 mm with its four
 * oval ear slots, 24 shielded (zinc die-cast) keystone jacks in four groups of six, latch slot up, a
 * white write-on label strip above them with the port numbers and the printed panel id (e.g.
 * "DC.C03-40"). At the rear: the keystones' bodies and their black termination caps where the cables
 * enter, the port numbers printed again, and the cable support bar on two brackets, 110 mm back, which
 * the cables are tied to. Two draw calls: printed parts, zinc keystones.
 */
import { use, useMemo } from 'react'
import type { BufferGeometry } from 'three'
import { canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { mergeParts } from '../../../src/kit/geometry.ts'
import type { Vec3 } from '../../../src/kit/geometry.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { HOLE_OFFSETS_MM, PANEL_PORTS, RACK } from '../layout.ts'
import {
  drawIn,
  drawJack,
  drawSwatch,
  holedPlate,
  packAtlas,
  paintWith,
  placedBox,
  print,
  printMaterial,
  printOn,
  rectHole,
  rj45Hole,
  zinc,
} from './Equipment.tsx'

/** Plate 1.6 mm thick on the rails' plane; keystones 14.5 × 16.6 mm, their faces 1.6 mm proud of it. */
export const PANEL = {
  earX: 241.3,
  heightMm: 43.6,
  plateMm: 1.6,
  portY: 15,
  faceZ: 3.2,
  rearZ: -40,
  barZ: -110,
}
const H = PANEL.heightMm
const KEYSTONE = { w: 14.5, h: 16.6, bodyMm: 30, capMm: 8 }
const STRIP = { halfWidthMm: 206, y: 26.5, h: 13 }

/** x of port `port` (1–24): four groups of six at 16.4 mm, 6 mm between groups. */
export function panelPortX(port: number): number {
  const i = port - 1
  return -197.6 + Math.floor(i / 6) * 104.4 + (i % 6) * 16.4
}

const PANEL_ATLAS = packAtlas({
  front: [1931, 176],
  strip: [1648, 52],
  rearStrip: [1648, 40],
  jack: [56, 40],
  black: [8, 8],
})
const A = PANEL_ATLAS.areas

/** A port's mouth at the front (where a patch cord's plug goes in) or its cable entry at the rear. */
export function panelPortPoint(at: Vec3, port: number, side: 'front' | 'rear'): Vec3 {
  return [
    at[0] + panelPortX(port),
    at[1] + PANEL.portY,
    at[2] + (side === 'front' ? PANEL.faceZ : PANEL.rearZ),
  ]
}

const FRONT_FRAME: [number, number, number, number] = [-PANEL.earX, 0, PANEL.earX, H]
const ports = Array.from({ length: PANEL_PORTS }, (_, i) => i + 1)

function printedGeometry(): BufferGeometry {
  const slots = [-1, 1].flatMap((sx) =>
    [HOLE_OFFSETS_MM[1], HOLE_OFFSETS_MM[3]].map((y) => rectHole(sx * RACK.holeX, y - H / 2, 10, 6.6, 3.2)),
  )
  const cutOuts = ports.map((port) => rectHole(panelPortX(port), PANEL.portY - H / 2, 14.9, 17, 0.4))
  const plate = holedPlate(2 * PANEL.earX, H, PANEL.plateMm, [...slots, ...cutOuts]).translate(
    0,
    H / 2,
    PANEL.plateMm,
  )
  const stripFrame: [number, number, number, number] = [
    -STRIP.halfWidthMm,
    STRIP.y,
    STRIP.halfWidthMm,
    STRIP.y + STRIP.h,
  ]
  const stripAt = (z: number): Vec3 => [0, STRIP.y + STRIP.h / 2, z]
  const parts: BufferGeometry[] = [
    printOn(plate, A.front.rect, 'front', FRONT_FRAME),
    printOn(
      placedBox(2 * STRIP.halfWidthMm, STRIP.h, 0.4, stripAt(PANEL.plateMm + 0.2)),
      A.strip.rect,
      'front',
      stripFrame,
    ),
    printOn(placedBox(2 * STRIP.halfWidthMm, 10, 0.3, [0, 36, -0.15]), A.rearStrip.rect, 'rear', [
      -STRIP.halfWidthMm,
      31,
      STRIP.halfWidthMm,
      41,
    ]),
    // The folded top and bottom returns, stopping short of the rails.
    paintWith(placedBox(428, 1.5, 18, [0, 0.75, -9]), A.black.rect),
    paintWith(placedBox(428, 1.5, 18, [0, H - 0.75, -9]), A.black.rect),
  ]
  // The cable support bar on its two brackets.
  for (const sx of [-1, 1]) {
    parts.push(paintWith(placedBox(2, 20, -PANEL.barZ, [sx * 213, 12, PANEL.barZ / 2]), A.black.rect))
  }
  parts.push(paintWith(placedBox(428, 2, 22, [0, 3, PANEL.barZ + 9]), A.black.rect))
  parts.push(paintWith(placedBox(428, 12, 2, [0, 8, PANEL.barZ - 1]), A.black.rect))
  for (const port of ports) {
    const x = panelPortX(port)
    const backZ = PANEL.faceZ - 4.5
    parts.push(
      printOn(placedBox(14, 10, 1, [x, PANEL.portY + 0.6, backZ]), A.jack.rect, 'front', [
        x - 7,
        PANEL.portY - 4.4,
        x + 7,
        PANEL.portY + 5.6,
      ]),
    )
    // The termination cap at the back of the keystone, where the cable comes in.
    const capZ = -KEYSTONE.bodyMm - KEYSTONE.capMm / 2
    parts.push(paintWith(placedBox(13, 15, KEYSTONE.capMm, [x, PANEL.portY, capZ]), A.black.rect))
    parts.push(paintWith(placedBox(7, 7, 4, [x, PANEL.portY, PANEL.rearZ + 2]), A.black.rect))
  }
  return mergeParts(parts.map((geometry) => ({ geometry })))
}

function keystoneGeometry(): BufferGeometry {
  const parts: BufferGeometry[] = []
  for (const port of ports) {
    const x = panelPortX(port)
    const face = holedPlate(KEYSTONE.w, KEYSTONE.h, 5, [rj45Hole(0, 0, 1)])
    parts.push(face.translate(x, PANEL.portY, PANEL.faceZ))
    const bodyMm = KEYSTONE.bodyMm - 1.8
    parts.push(placedBox(KEYSTONE.w - 0.6, KEYSTONE.h - 0.6, bodyMm, [x, PANEL.portY, -1.8 - bodyMm / 2]))
  }
  return mergeParts(parts.map((geometry) => ({ geometry })))
}

function drawFront(context: CanvasRenderingContext2D) {
  const X = (x: number) => x + PANEL.earX
  const Y = (y: number) => H - y
  context.fillStyle = '#1d1f22'
  context.fillRect(0, 0, 2 * PANEL.earX, H)
  context.fillStyle = '#0b0c0d'
  for (const port of ports) context.fillRect(X(panelPortX(port)) - 8, Y(PANEL.portY + 9), 16, 18)
  print(context, 'CAT 6A', X(-226), Y(22.2), 2.6, { colour: '#c9cdd1' })
  print(context, 'STP', X(-226), Y(18.6), 2.6, { colour: '#c9cdd1' })
  for (const group of [0, 1, 2, 3]) {
    print(context, `${group * 6 + 1}–${group * 6 + 6}`, X(panelPortX(group * 6 + 3) + 8.2), Y(3), 2.4, {
      colour: '#c9cdd1',
    })
  }
}

function drawStrip(context: CanvasRenderingContext2D, name: string) {
  const w = 2 * STRIP.halfWidthMm
  const X = (x: number) => x + STRIP.halfWidthMm
  context.fillStyle = '#fafaf6'
  context.fillRect(0, 0, w, STRIP.h)
  context.strokeStyle = '#9aa0a6'
  context.lineWidth = 0.25
  context.strokeRect(0.3, 0.3, w - 0.6, STRIP.h - 0.6)
  for (const port of ports) {
    const x = X(panelPortX(port))
    print(context, String(port), x, 3.4, 3.6, { colour: '#111214' })
    if (port % 6 !== 0) {
      context.beginPath()
      context.moveTo(x + 8.2, 6.6)
      context.lineTo(x + 8.2, STRIP.h - 0.6)
      context.stroke()
    }
  }
  context.beginPath()
  context.moveTo(0.5, 6.4)
  context.lineTo(w - 0.5, 6.4)
  context.stroke()
  // The panel id over the first group, black on white, as a label printer prints it.
  const idWidth = 6 * 16.4 - 2
  context.fillStyle = '#fafaf6'
  context.fillRect(X(panelPortX(1)) - 7.2, 6.6, idWidth, STRIP.h - 7.2)
  print(context, name, X(panelPortX(1)) - 7.2 + idWidth / 2, 9.7, 5, {
    colour: '#111214',
    maxWidthMm: idWidth - 2,
  })
}

function drawRearStrip(context: CanvasRenderingContext2D) {
  const X = (a: number) => a + STRIP.halfWidthMm
  context.fillStyle = '#1d1f22'
  context.fillRect(0, 0, 2 * STRIP.halfWidthMm, 10)
  for (const port of ports) print(context, String(port), X(-panelPortX(port)), 5, 3.4, { colour: '#e6e6e2' })
}

/** The patch panel: `at` = [centre line, bottom edge, the plate's back face (the front rails' plane)]. */
export function PatchPanel({ at, name }: { at: Vec3; name: string }) {
  use(printFontReady())
  const printed = useGeometry(printedGeometry, [])
  const keystones = useGeometry(keystoneGeometry, [])
  const material = useMemo(() => {
    const { widthPx, heightPx } = PANEL_ATLAS
    const key = `rack-panel|${name}`
    const texture = canvasTexture(key, widthPx, heightPx, (context) => {
      drawIn(context, A.front, 2 * PANEL.earX, H, () => drawFront(context))
      drawIn(context, A.strip, 2 * STRIP.halfWidthMm, STRIP.h, () => drawStrip(context, name))
      drawIn(context, A.rearStrip, 2 * STRIP.halfWidthMm, 10, () => drawRearStrip(context))
      drawJack(context, A.jack, 1)
      drawSwatch(context, A.black, '#17191c')
    })
    return printMaterial(texture, key)
  }, [name])
  return (
    <group position={at}>
      <mesh geometry={printed} material={material} />
      <mesh geometry={keystones} material={zinc()} />
    </group>
  )
}
