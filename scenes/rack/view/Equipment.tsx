/**
 * What the rack's equipment models share (server, switch, patch panel, blanks, rails, cage nuts): each
 * device prints all its faces, labels and plastic parts from one canvas atlas, so a whole device costs
 * three draw calls (printed parts, zinc-plated parts, lit LEDs). Faces with real openings (RJ45 jacks,
 * keystone cut-outs, C14 inlets, ear holes) are extruded plates with holes, textured by projecting the
 * face's print onto them, so a plug has a real mouth to go into.
 */
import { useLayoutEffect, useRef } from 'react'
import { BoxGeometry, Color, ExtrudeGeometry, Matrix4, Path, Shape } from 'three'
import type { BufferGeometry, InstancedMesh, Texture } from 'three'
import { PRINT_FONT } from '../../../src/kit/canvasTexture.ts'
import { roundedRectPath } from '../../../src/kit/geometry.ts'
import type { AtlasRect, Vec3 } from '../../../src/kit/geometry.ts'
import { marker, surface } from '../../../src/kit/materials.ts'

/** An area of an atlas: where to draw it (px) and where a geometry finds it (fractions). */
export type AtlasArea = { x: number; y: number; w: number; h: number; rect: AtlasRect }

/**
 * Packs named areas (sizes in px; the devices print at 4 px per mm, which keeps 2 mm figures legible
 * in a close-up) row by row into a canvas `widthPx` wide; the height follows.
 * Pure, so a device's layout is known before its canvas is drawn.
 */
export function packAtlas<K extends string>(
  sizes: Record<K, [number, number]>,
  widthPx = 2048,
): { widthPx: number; heightPx: number; areas: Record<K, AtlasArea> } {
  const placed = {} as Record<K, { x: number; y: number; w: number; h: number }>
  let x = 0
  let y = 0
  let rowHeight = 0
  for (const name of Object.keys(sizes) as K[]) {
    const [w, h] = sizes[name].map(Math.ceil) as [number, number]
    if (x + w > widthPx) {
      x = 0
      y += rowHeight + 2
      rowHeight = 0
    }
    placed[name] = { x, y, w, h }
    x += w + 2
    rowHeight = Math.max(rowHeight, h)
  }
  const heightPx = y + rowHeight
  const areas = {} as Record<K, AtlasArea>
  for (const name of Object.keys(placed) as K[]) {
    const { x: left, y: top, w, h } = placed[name]
    areas[name] = {
      x: left,
      y: top,
      w,
      h,
      rect: [left / widthPx, top / heightPx, (left + w) / widthPx, (top + h) / heightPx],
    }
  }
  return { widthPx, heightPx, areas }
}

/** How a face is seen: the canvas's right (a) and up (b) directions in the device's frame. */
export type View = 'front' | 'rear' | 'top'
const VIEWS: Record<View, (x: number, y: number, z: number) => [number, number]> = {
  front: (x, y) => [x, y],
  // From behind the device its right side is on the viewer's left.
  rear: (x, y) => [-x, y],
  // Read from the front, looking down: the canvas's top is toward the rear.
  top: (x, _y, z) => [x, -z],
}

/**
 * Gives every vertex the uv of the canvas area `rect` laid over the frame [a0, b0, a1, b1] (mm, in the
 * view's directions), so a merged face shows its print wherever its parts are. Side walls (a hole's
 * wall, a box's edge) take the colour of the print's edge there.
 */
export function printOn(
  geometry: BufferGeometry,
  rect: AtlasRect,
  view: View,
  [a0, b0, a1, b1]: [number, number, number, number],
): BufferGeometry {
  const position = geometry.getAttribute('position')
  const uv = geometry.getAttribute('uv')
  const [left, top, right, bottom] = rect
  const project = VIEWS[view]
  for (let v = 0; v < position.count; v++) {
    const [a, b] = project(position.getX(v), position.getY(v), position.getZ(v))
    const s = Math.min(1, Math.max(0, (a - a0) / (a1 - a0)))
    const t = Math.min(1, Math.max(0, (b1 - b) / (b1 - b0)))
    uv.setXY(v, left + s * (right - left), 1 - (top + t * (bottom - top)))
  }
  uv.needsUpdate = true
  return geometry
}

/** Gives the whole geometry one colour of the atlas: the middle of a swatch area. */
export function paintWith(geometry: BufferGeometry, rect: AtlasRect): BufferGeometry {
  const uv = geometry.getAttribute('uv')
  const u = (rect[0] + rect[2]) / 2
  const v = 1 - (rect[1] + rect[3]) / 2
  for (let i = 0; i < uv.count; i++) uv.setXY(i, u, v)
  uv.needsUpdate = true
  return geometry
}

/** A box centred on `at`, already placed (for printing before merging). */
export function placedBox(widthMm: number, heightMm: number, depthMm: number, at: Vec3): BufferGeometry {
  return new BoxGeometry(widthMm, heightMm, depthMm).translate(...at)
}

/** An outline of a hole, in the plate's frame (mm from its centre). */
export function rectHole(cx: number, cy: number, w: number, h: number, radiusMm = 0.6): Path {
  return translatePath(roundedRectPath(new Path(), w, h, radiusMm), cx, cy)
}

function translatePath(path: Path, dx: number, dy: number): Path {
  const moved = new Path()
  path.getPoints(4).forEach((point, i) => {
    if (i === 0) moved.moveTo(point.x + dx, point.y + dy)
    else moved.lineTo(point.x + dx, point.y + dy)
  })
  return moved
}

/** RJ45 jack mouth (11.7 × 7.2 mm) with the latch's slot on the `latch` side (+1 up, −1 down). */
export function rj45Hole(cx: number, cy: number, latch: 1 | -1): Path {
  const w = 11.7 / 2
  const h = 7.2 / 2
  const slot = 3.1
  const points: [number, number][] = [
    [-w, -h],
    [w, -h],
    [w, h],
    [slot, h],
    [slot, h + 1.6],
    [-slot, h + 1.6],
    [-slot, h],
    [-w, h],
  ]
  const path = new Path()
  points.forEach(([x, y], i) => {
    const px = cx + x
    const py = cy + latch * y
    if (i === 0) path.moveTo(px, py)
    else path.lineTo(px, py)
  })
  return path
}

/** IEC C14 inlet mouth: 24 × 16 mm with the two top corners cut (the keying of a C13 plug). */
export function c14Hole(cx: number, cy: number): Path {
  const points: [number, number][] = [
    [-12, -8],
    [12, -8],
    [12, 3.5],
    [7.5, 8],
    [-7.5, 8],
    [-12, 3.5],
  ]
  const path = new Path()
  points.forEach(([x, y], i) => (i === 0 ? path.moveTo(cx + x, cy + y) : path.lineTo(cx + x, cy + y)))
  return path
}

export function roundHole(cx: number, cy: number, radiusMm: number): Path {
  const path = new Path()
  path.absarc(cx, cy, radiusMm, 0, Math.PI * 2, false)
  return path
}

/**
 * A flat plate `widthMm` × `heightMm`, centred on the origin in x and y, its face at z = 0 and its
 * back at z = −`depthMm`, with the given holes through it.
 */
export function holedPlate(
  widthMm: number,
  heightMm: number,
  depthMm: number,
  holes: Path[],
): BufferGeometry {
  const shape = roundedRectPath(new Shape(), widthMm, heightMm, 0.5)
  shape.holes.push(...holes)
  return new ExtrudeGeometry(shape, { depth: depthMm, bevelEnabled: false, curveSegments: 8 }).translate(
    0,
    0,
    -depthMm,
  )
}

/** A device's frame in the rack: `at` is its reference point, `turned` a half-turn about the vertical. */
export function toRack(at: Vec3, local: Vec3, turned = false): Vec3 {
  const sign = turned ? -1 : 1
  return [at[0] + sign * local[0], at[1] + local[1], at[2] + sign * local[2]]
}

/** The zinc-plated steel of rails, cage nuts, screws and server lids (bluish, a little shiny). */
export const zinc = () => surface('#c4cacf', { roughness: 0.38, metalness: 0.35, key: 'rack-zinc' })

/** A device's printed atlas as a material. */
export function printMaterial(map: Texture, key: string) {
  return surface('#ffffff', { roughness: 0.55, map, key })
}

export type Led = { at: Vec3; colour: string }

/** Colours of the LEDs' lenses: lit, and dark (off, the lens's tint only). */
export const LED = {
  green: '#3dff6e',
  amber: '#ffb21e',
  blue: '#3f8cff',
  greenOff: '#233526',
  amberOff: '#3a2f1c',
}

const LED_GEOMETRY = new BoxGeometry(1, 1, 1)

/** The device's LEDs: small lenses, unlit material so a lit one reads as glowing. One draw call. */
export function Leds({ leds, sizeMm }: { leds: Led[]; sizeMm: Vec3 }) {
  const mesh = useRef<InstancedMesh>(null)
  useLayoutEffect(() => {
    const instances = mesh.current
    if (!instances) return
    const matrix = new Matrix4()
    const colour = new Color()
    leds.forEach((led, i) => {
      matrix.makeScale(...sizeMm).setPosition(...led.at)
      instances.setMatrixAt(i, matrix)
      instances.setColorAt(i, colour.set(led.colour))
    })
    instances.count = leds.length
    instances.instanceMatrix.needsUpdate = true
    if (instances.instanceColor) instances.instanceColor.needsUpdate = true
  })
  return <instancedMesh ref={mesh} args={[LED_GEOMETRY, marker('#ffffff'), Math.max(1, leds.length)]} />
}

/**
 * Draws into an atlas area in millimetres: (0, 0) is the area's top left corner and the face is
 * `widthMm` × `heightMm`, whatever the area's pixel size.
 */
export function drawIn(
  context: CanvasRenderingContext2D,
  area: AtlasArea,
  widthMm: number,
  heightMm: number,
  draw: () => void,
) {
  context.save()
  context.beginPath()
  context.rect(area.x, area.y, area.w, area.h)
  context.clip()
  context.translate(area.x, area.y)
  context.scale(area.w / widthMm, area.h / heightMm)
  draw()
  context.restore()
}

/** Printed text in mm units (inside drawIn), shrunk to fit `maxWidthMm` when given. */
export function print(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  sizeMm: number,
  { weight = 700, align = 'center', colour = '#ffffff', maxWidthMm = Infinity }: PrintStyle = {},
) {
  context.fillStyle = colour
  context.textAlign = align
  context.textBaseline = 'middle'
  let size = sizeMm
  context.font = `${weight} ${size}px ${PRINT_FONT}`
  while (size > 0.5 && context.measureText(text).width > maxWidthMm) {
    size *= 0.94
    context.font = `${weight} ${size}px ${PRINT_FONT}`
  }
  context.fillText(text, x, y)
}
type PrintStyle = { weight?: 400 | 700; align?: CanvasTextAlign; colour?: string; maxWidthMm?: number }

/** A pressed honeycomb vent: hexagonal holes (`cellMm` across) in a web, clipped to the rectangle. */
export function honeycomb(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  cellMm: number,
  web: string,
  hole: string,
) {
  context.save()
  context.beginPath()
  context.rect(x, y, w, h)
  context.clip()
  context.fillStyle = web
  context.fillRect(x, y, w, h)
  context.fillStyle = hole
  const r = cellMm / 2
  const rowStep = r * 1.5
  for (let row = 0, cy = y + r * 0.6; cy < y + h + r; row++, cy += rowStep) {
    for (let cx = x + (row % 2 ? r * 0.9 : 0) + r * 0.4; cx < x + w + r; cx += r * 1.8) {
      context.beginPath()
      for (let k = 0; k < 6; k++) {
        const angle = Math.PI / 6 + (k * Math.PI) / 3
        const px = cx + Math.cos(angle) * r * 0.82
        const py = cy + Math.sin(angle) * r * 0.82
        if (k === 0) context.moveTo(px, py)
        else context.lineTo(px, py)
      }
      context.fill()
    }
  }
  context.restore()
}

/** Inside an RJ45 jack seen from its mouth: black, the 8 gold contacts on the side away from the latch slot. */
export function drawJack(context: CanvasRenderingContext2D, area: AtlasArea, latch: 1 | -1) {
  drawIn(context, area, 14, 10, () => {
    context.fillStyle = '#050506'
    context.fillRect(0, 0, 14, 10)
    context.fillStyle = '#c9a13b'
    const top = latch > 0 ? 6.2 : 1.6
    for (let pin = 0; pin < 8; pin++) context.fillRect(3.05 + pin * 1.02, top, 0.45, 2.2)
  })
}

/** One flat colour for parts painted with `paintWith`. */
export function drawSwatch(context: CanvasRenderingContext2D, area: AtlasArea, colour: string) {
  context.fillStyle = colour
  context.fillRect(area.x, area.y, area.w, area.h)
}
