/**
 * What the rack's equipment models share (server, switch, patch panel, rails, cage nuts): each device
 * prints all its faces, labels and plastic parts from one canvas atlas, so a whole device costs three
 * draw calls (printed parts, zinc-plated parts, lit LEDs). Faces with real openings (RJ45 jacks,
 * keystone cut-outs, C14 inlets, ear holes) are extruded plates with holes, textured by projecting the
 * face's print onto them, so a plug has a real mouth to go into. Every face is built and printed in its
 * own frame (mm, x right, y up, z out of the face) and then turned into place, so a print and its
 * geometry share their numbers.
 */
import { use } from 'react'
import { BoxGeometry, Color, ExtrudeGeometry, Matrix4, Path, Shape, Vector2 } from 'three'
import type { BufferGeometry, InstancedMesh, Material } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { box, mergeParts, roundedRectPath } from '../../../src/kit/geometry.ts'
import type { AtlasRect, Part, Vec3 } from '../../../src/kit/geometry.ts'
import { marker, surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'

/** A face's extent in its own frame (mm): [left, bottom, right, top]. */
export type Frame = [number, number, number, number]
/** An area of an atlas: where to draw it (px), the frame its drawing uses, where a geometry finds it. */
export type AtlasArea = { x: number; y: number; w: number; h: number; frame: Frame; rect: AtlasRect }

/** The frame of a one-colour swatch (paintWith). */
export const SWATCH: Frame = [0, 0, 2, 2]
const ATLAS_PX = 2048
/** Prints are 4 px per mm, which keeps 2 mm figures legible in a close-up. */
const PX_PER_MM = 4

/**
 * Packs named frames row by row into a canvas 2048 px wide; the height follows. Pure, so a device's
 * layout is known before its canvas is drawn.
 */
export function packAtlas<K extends string>(frames: Record<K, Frame>) {
  const areas = {} as Record<K, AtlasArea>
  let x = 0
  let y = 0
  let rowHeight = 0
  for (const name in frames) {
    const frame = frames[name]
    const w = Math.ceil((frame[2] - frame[0]) * PX_PER_MM)
    const h = Math.ceil((frame[3] - frame[1]) * PX_PER_MM)
    if (x + w > ATLAS_PX) {
      x = 0
      y += rowHeight + 2
      rowHeight = 0
    }
    areas[name] = { x, y, w, h, frame, rect: [0, 0, 0, 0] }
    x += w + 2
    rowHeight = Math.max(rowHeight, h)
  }
  const heightPx = y + rowHeight
  for (const name in areas) {
    const area = areas[name]
    area.rect = [
      area.x / ATLAS_PX,
      area.y / heightPx,
      (area.x + area.w) / ATLAS_PX,
      (area.y + area.h) / heightPx,
    ]
  }
  return { heightPx, areas }
}

/**
 * Gives every vertex the uv of the atlas area laid over `frame` (default: the geometry's own extent),
 * seen along z, so a merged face shows its print wherever its parts are. Side walls (a hole's wall, a
 * box's edge) take the colour of the print's edge there. A frame upside down prints upside down.
 */
export function printOn(geometry: BufferGeometry, { rect }: AtlasArea, frame?: Frame): BufferGeometry {
  const position = geometry.getAttribute('position')
  const uv = geometry.getAttribute('uv')
  geometry.computeBoundingBox()
  const { min, max } = geometry.boundingBox!
  const [a0, b0, a1, b1] = frame ?? [min.x, min.y, max.x, max.y]
  const [left, top, right, bottom] = rect
  for (let v = 0; v < position.count; v++) {
    const s = Math.min(1, Math.max(0, (position.getX(v) - a0) / (a1 - a0)))
    const t = Math.min(1, Math.max(0, (b1 - position.getY(v)) / (b1 - b0)))
    uv.setXY(v, left + s * (right - left), 1 - top - t * (bottom - top))
  }
  return geometry
}

/** Gives the whole geometry one colour of the atlas: the middle of a swatch area. */
export function paintWith(geometry: BufferGeometry, { rect }: AtlasArea): BufferGeometry {
  const uv = geometry.getAttribute('uv')
  for (let i = 0; i < uv.count; i++) uv.setXY(i, (rect[0] + rect[2]) / 2, 1 - (rect[1] + rect[3]) / 2)
  return geometry
}

/** A box centred on `at`, already placed (for printing before merging). */
export function placedBox(widthMm: number, heightMm: number, depthMm: number, at: Vec3): BufferGeometry {
  return new BoxGeometry(widthMm, heightMm, depthMm).translate(...at)
}

/** A rear face's frame turned to face −z (its x is the device's −x, seen from behind). */
export const TO_REAR: Vec3 = [0, Math.PI, 0]

/**
 * Merges a device's faces, each built in its own frame (z out of the face): the front as it is, the
 * rear turned to face −z at `rearZ`, the lid laid on top at `lidY` (its frame's y toward the rear).
 */
export function mergeFaces(
  front: BufferGeometry[],
  rear: BufferGeometry[],
  rearZ: number,
  lid: BufferGeometry[] = [],
  lidY = 0,
): BufferGeometry {
  const place = (geometries: BufferGeometry[], at: Vec3, rotation: Vec3): Part[] =>
    geometries.map((geometry) => ({ geometry, at, rotation }))
  return mergeParts([
    ...place(front, [0, 0, 0], [0, 0, 0]),
    ...place(rear, [0, 0, rearZ], TO_REAR),
    ...place(lid, [0, lidY, 0], [-Math.PI / 2, 0, 0]),
  ])
}

/** A closed outline through `points` around (cx, cy), mirrored top to bottom when `flip` is −1. */
function outline(cx: number, cy: number, points: [number, number][], flip = 1): Path {
  return new Path(points.map(([x, y]) => new Vector2(cx + x, cy + flip * y)))
}

/** An outline of a hole, in the plate's frame (mm from its centre). */
export function rectHole(cx: number, cy: number, w: number, h: number, radiusMm = 0.6): Path {
  const corners = roundedRectPath(new Path(), w, h, radiusMm).getPoints(4)
  return outline(
    cx,
    cy,
    corners.map(({ x, y }) => [x, y]),
  )
}

/** RJ45 jack mouth (11.7 × 7.2 mm) with the latch's slot on the `latch` side (+1 up, −1 down). */
export const rj45Hole = (cx: number, cy: number, latch: 1 | -1) =>
  outline(
    cx,
    cy,
    [
      [-5.85, -3.6],
      [5.85, -3.6],
      [5.85, 3.6],
      [3.1, 3.6],
      [3.1, 5.2],
      [-3.1, 5.2],
      [-3.1, 3.6],
      [-5.85, 3.6],
    ],
    latch,
  )

/** IEC C14 inlet mouth: 24 × 16 mm with the two top corners cut (the keying of a C13 plug). */
export const c14Hole = (cx: number, cy: number) =>
  outline(cx, cy, [
    [-12, -8],
    [12, -8],
    [12, 3.5],
    [7.5, 8],
    [-7.5, 8],
    [-12, 3.5],
  ])

export const roundHole = (cx: number, cy: number, radiusMm: number) =>
  new Path().absarc(cx, cy, radiusMm, 0, Math.PI * 2, false)

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

/**
 * The back of an RJ45 jack's mouth centred on (x, y), at `z`: printed with `jack` (drawJack), its
 * contacts away from the latch.
 */
export function jackBack(jack: AtlasArea, x: number, y: number, latch: 1 | -1, z: number): BufferGeometry {
  const cy = y + 0.6 * latch
  return printOn(placedBox(14, 10, 1, [x, cy, z]), jack, [x - 7, cy - 5 * latch, x + 7, cy + 5 * latch])
}

/** A hot-swap PSU in a rear face's frame: bottom left corner (a, y); its C14 inlet 58 mm in, `inletQ` up. */
export type Psu = { a: number; y: number; w: number; h: number; inletQ: number }
export const PSU_INLET_MM = 58
/** The PSU's lit LED, above its inlet. */
export const psuLedAt = ({ a, y }: Psu): [number, number] => [a + PSU_INLET_MM, y + 34]

/**
 * The PSU standing `proudMm` out of the face: its plate with the inlet's mouth, printed with the face's
 * print (drawPsu), and its handle, painted `handle`.
 */
export function psuParts(print: AtlasArea, handle: AtlasArea, psu: Psu, proudMm: number): BufferGeometry[] {
  const { a, y, w, h } = psu
  const plate = holedPlate(w - 1, h - 1, proudMm, [c14Hole(PSU_INLET_MM - w / 2, psu.inletQ - h / 2)])
  const bars: [number, number, number, number, number][] = [
    [4, 4, 20, 10, 10],
    [4, 4, 20, 30, 10],
    [5, 25, 5, 20, 22],
  ]
  return [
    printOn(plate.translate(a + w / 2, y + h / 2, proudMm), print, print.frame),
    ...bars.map(([bw, bh, bd, by, bz]) =>
      paintWith(placedBox(bw, bh, bd, [a + 9, y + by, proudMm + bz]), handle),
    ),
  ]
}

/** The C14 inlet's three blades (line and neutral low, earth higher in the middle), centred on `at`. */
export function c14Blades([x, y, z]: Vec3): Part[] {
  const blades: [number, number][] = [
    [-7, -1.5],
    [7, -1.5],
    [0, 3.5],
  ]
  return blades.map(([dx, dy]) => box(1.6, 4.4, 5, [x + dx, y + dy, z]))
}

/** A device's frame in the rack: `at` is its reference point, `turned` a half-turn about the vertical. */
export function toRack(at: Vec3, local: Vec3, turned = false): Vec3 {
  const sign = turned ? -1 : 1
  return [at[0] + sign * local[0], at[1] + local[1], at[2] + sign * local[2]]
}

/** The zinc-plated steel of rails, cage nuts, screws and server lids (bluish, a little shiny). */
export const zinc = () => surface('#c4cacf', { roughness: 0.38, metalness: 0.35, key: 'rack-zinc' })

/**
 * A device's printed atlas as a material, drawn once the print font is ready. The canvas and the
 * material are cached by `key`, which must name everything the print depends on.
 */
export function usePrint(key: string, heightPx: number, draw: (context: CanvasRenderingContext2D) => void) {
  use(printFontReady())
  return surface('#ffffff', { roughness: 0.55, map: canvasTexture(key, ATLAS_PX, heightPx, draw), key })
}

/** An LED: where its lens is, and its colour. */
export type Led = [number, number, number, string]

/** Colours of the LEDs' lenses: lit, and dark (off, the lens's tint only). */
export const LED = {
  green: '#3dff6e',
  blue: '#3f8cff',
  greenOff: '#233526',
  amberOff: '#3a2f1c',
}

/** An RJ45 port's two LEDs on its latch side: link (green, lit when linked) and activity (amber, off). */
export function portLeds(x: number, y: number, z: number, latch: 1 | -1, linked: boolean): Led[] {
  return [
    [x - 4.6, y + 6.3 * latch, z, linked ? LED.green : LED.greenOff],
    [x + 4.6, y + 6.3 * latch, z, LED.amberOff],
  ]
}

const LED_GEOMETRY = new BoxGeometry(2, 1.4, 0.6)

/**
 * The device's LEDs: small lenses, unlit material so a lit one reads as glowing. One draw call; placed
 * and coloured as the mesh is attached (again on each render, as `leds` may have changed).
 */
function Leds({ leds }: { leds: Led[] }) {
  const place = (instances: InstancedMesh | null) => {
    if (!instances) return
    leds.forEach(([x, y, z, lens], i) => {
      instances.setMatrixAt(i, new Matrix4().makeTranslation(x, y, z))
      instances.setColorAt(i, new Color(lens))
    })
    instances.instanceMatrix.needsUpdate = true
    instances.instanceColor!.needsUpdate = true
  }
  return <instancedMesh ref={place} args={[LED_GEOMETRY, marker('#ffffff'), leds.length]} />
}

/**
 * A device: its printed parts, its zinc parts and its LEDs, each built once. `at` is its reference
 * point, `turned` a half-turn about the vertical.
 */
export function Device(props: {
  at: Vec3
  turned?: boolean
  printed: () => BufferGeometry
  zincParts: () => BufferGeometry
  material: Material
  leds?: Led[]
}) {
  const printed = useGeometry(props.printed, [])
  const metal = useGeometry(props.zincParts, [])
  return (
    <group position={props.at} rotation-y={props.turned ? Math.PI : 0}>
      <mesh geometry={printed} material={props.material} />
      <mesh geometry={metal} material={zinc()} />
      {props.leds && <Leds leds={props.leds} />}
    </group>
  )
}

// ---------------------------------------------------------------------------------------------------------
// Drawing the prints, in an area's frame (mm, y up).

/** Fills an area of the atlas with one colour: a swatch (paintWith), or a print's background. */
export function paintArea(context: CanvasRenderingContext2D, area: AtlasArea, colour: string) {
  context.fillStyle = colour
  context.fillRect(area.x, area.y, area.w, area.h)
}

/** Draws into an atlas area in its frame's millimetres, y up, clipped to the area. */
export function drawIn(context: CanvasRenderingContext2D, area: AtlasArea, draw: () => void) {
  const [a0, b0, a1, b1] = area.frame
  context.save()
  context.beginPath()
  context.rect(area.x, area.y, area.w, area.h)
  context.clip()
  context.translate(area.x, area.y + area.h)
  context.scale(area.w / (a1 - a0), area.h / (b0 - b1))
  context.translate(-a0, -b0)
  draw()
  context.restore()
}

/** Draws a device's atlas: each listed area's background, then its drawing (if any). */
export function drawAreas<K extends string>(
  context: CanvasRenderingContext2D,
  areas: Record<K, AtlasArea>,
  prints: Record<K, [string, ((context: CanvasRenderingContext2D) => void)?]>,
) {
  for (const name in prints) {
    const [background, draw] = prints[name]
    paintArea(context, areas[name], background)
    if (draw) drawIn(context, areas[name], () => draw(context))
  }
}

/** A rectangle from its bottom left corner (x, y), `w` × `h`. */
export function fill(
  context: CanvasRenderingContext2D,
  colour: string,
  x: number,
  y: number,
  w: number,
  h: number,
) {
  context.fillStyle = colour
  context.fillRect(x, y, w, h)
}

/** A disc, or a ring `lineMm` wide. */
export function disc(
  context: CanvasRenderingContext2D,
  colour: string,
  x: number,
  y: number,
  r: number,
  lineMm = 0,
) {
  context.fillStyle = context.strokeStyle = colour
  context.lineWidth = lineMm
  context.beginPath()
  context.arc(x, y, r, 0, Math.PI * 2)
  if (lineMm) context.stroke()
  else context.fill()
}

/** Bold text centred on (x, y), `sizeMm` high, squeezed to `maxWidthMm` where longer. */
export function print(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  sizeMm: number,
  colour = '#ffffff',
  maxWidthMm?: number,
) {
  context.save()
  context.translate(x, y)
  // The frame is y up: text drawn as it is would stand on its head.
  context.scale(1, -1)
  context.font = `700 ${sizeMm}px ${PRINT_FONT}`
  context.fillStyle = colour
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.fillText(text, 0, 0, maxWidthMm)
  context.restore()
}

/** A block arrow from its tail's middle (x, y), `lengthMm` long, pointing up, turned `turnRad` anticlockwise. */
export function arrow(
  context: CanvasRenderingContext2D,
  colour: string,
  x: number,
  y: number,
  lengthMm: number,
  widthMm: number,
  turnRad = 0,
) {
  const head = lengthMm - widthMm / 2
  context.fillStyle = colour
  context.save()
  context.translate(x, y)
  context.rotate(turnRad)
  context.beginPath()
  const outline: [number, number][] = [
    [-1, 0],
    [-1, head],
    [-2, head],
    [0, lengthMm],
    [2, head],
    [1, head],
    [1, 0],
  ]
  for (const [px, py] of outline) context.lineTo((px * widthMm) / 4, py)
  context.fill()
  context.restore()
}

/**
 * A perforated vent: round holes in staggered rows (`cellMm` apart) through a web, clipped to the
 * rectangle. Round rather than hexagonal: at the scene's distances the two look the same.
 */
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
  fill(context, web, x, y, w, h)
  context.save()
  context.beginPath()
  context.rect(x, y, w, h)
  context.clip()
  context.fillStyle = hole
  context.beginPath()
  for (let row = 0; row * cellMm * 0.78 < h + cellMm; row++) {
    for (let cx = x + (row % 2) * cellMm * 0.45; cx < x + w + cellMm; cx += cellMm * 0.9) {
      context.moveTo(cx, y + row * cellMm * 0.78)
      context.arc(cx, y + row * cellMm * 0.78, cellMm * 0.36, 0, Math.PI * 2)
    }
  }
  context.fill()
  context.restore()
}

/** Inside an RJ45 jack seen from its mouth, latch up (on a black background): its 8 gold contacts, low. */
export function drawJack(context: CanvasRenderingContext2D) {
  for (let pin = 0; pin < 8; pin++) fill(context, '#c9a13b', 3.05 + pin * 1.02, 1.6, 0.45, 2.2)
}
export const JACK: Frame = [0, 0, 14, 10]

/**
 * A PSU's face, drawn in its device's rear print: its bay's dark frame, vents, the hot-swap latch
 * (`latch` colour), its label and the inlet's moulded surround.
 */
export function drawPsu(
  context: CanvasRenderingContext2D,
  { a, y, w, h, inletQ }: Psu,
  label: string,
  latch: string,
) {
  fill(context, '#141517', a - 0.8, y - 0.8, w + 1.6, h + 1.6)
  fill(context, '#1c1e21', a, y, w, h)
  fill(context, latch, a + 1.5, y + 11, 4, 17)
  honeycomb(context, a + 15, y + 12, 27, 23, 2.6, '#3c4046', '#060607')
  print(context, label, a + 28.5, y + 6, 5, '#f4f4f0')
  fill(context, '#3b3f44', a + PSU_INLET_MM - 14, y + inletQ - 11, 28, 22)
  fill(context, '#0c0d0e', a + PSU_INLET_MM - 13.4, y + inletQ - 10.4, 26.8, 20.8)
}
