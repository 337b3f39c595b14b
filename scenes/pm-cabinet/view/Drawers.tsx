/**
 * The cabinet's drawers (tiroirs): 2U sheet-metal trays on telescopic slides, operator drawers (splitter
 * outputs) on the left, distribution drawers on the right. On each front plate a row of twelve green SC/APC
 * adapters, each with its plug-in dust cap unless a cord is in, the port numbers printed above them and
 * the drawer's label sticker at its left end (the operator's ones with the laser warning: the OLT lights
 * them). A pulled drawer shows its slides and its tray.
 *
 * Everything repeated is instanced or merged so the whole rack costs a fixed handful of draw calls
 * whatever is pulled or capped: one mesh per material, matrices rewritten when the state changes.
 */
import { useThree } from '@react-three/fiber'
import { use, useLayoutEffect, useMemo, useRef } from 'react'
import {
  BufferAttribute,
  CylinderGeometry,
  ExtrudeGeometry,
  Matrix4,
  Path,
  PlaneGeometry,
  Quaternion,
  Shape,
  Vector3,
} from 'three'
import type { BufferGeometry, InstancedMesh } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { box, mergeParts, roundedBlock } from '../../../src/kit/geometry.ts'
import type { AtlasRect, Part, Vec3 } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { ALL_DRAWERS, DRAWER, SIDES, drawerY, parseDrawer, portAt, portId } from '../layout.ts'
import type { DrawerId, PortId } from '../layout.ts'
import { MOUTH_PROUD_MM } from '../places.ts'
import { DRAWER_GREY_HEX, SC_APC_HEX, adapterMaterial, drawerSheet, dustCap, steel } from './portMaterials.ts'

export type DrawersProps = {
  /** How far each drawer is pulled out, 0 … DRAWER.travelMm; a drawer not listed is pushed in. */
  pulledMm: Record<string, number>
  /** Whether each port has its dust cap in; a port not listed is capped. */
  capped: Record<string, boolean>
}

/** Both sides are the same width, so one tray geometry serves every drawer. */
const TRAY_WIDTH_MM = SIDES.op.maxX - SIDES.op.minX
const PLATE = { thicknessMm: 2, heightMm: DRAWER.heightMm - 2 }
const TRAY = { floorMm: 1.5, wallHeightMm: 56, backHeightMm: 40 }

/**
 * An SC simplex adapter stood on end (key slot up), as on most PM drawers: its body stands proud of the
 * plate, its mouth is where a plug's nose goes.
 */
const ADAPTER = {
  widthMm: 10,
  heightMm: 12.6,
  holeWidthMm: 7.6,
  holeHeightMm: 9.2,
  keyWidthMm: 3.2,
  keyDepthMm: 1.2,
  /** In front of the plate, and behind it (the rear half, where the pigtails plug in, is out of sight). */
  proudMm: MOUTH_PROUD_MM,
  behindMm: 12,
  /** The sleeve's bottom, where the plugs' ferrules meet: this deep in the mouth. */
  sleeveMm: 14,
  flange: { widthMm: 13.5, heightMm: 18, thicknessMm: 1.2 },
}

const clampPull = (mm: number | undefined) => Math.min(DRAWER.travelMm, Math.max(0, mm ?? 0))

const ALL_PORTS: PortId[] = ALL_DRAWERS.flatMap((drawer) =>
  Array.from({ length: DRAWER.ports }, (_, i) => portId(drawer, i + 1)),
)

/** A drawer's frame: x at its side's centre, y at its centre, z = 0 at its plate's front face. */
function drawerOrigin(drawer: DrawerId): { x: number; y: number } {
  const { side, row } = parseDrawer(drawer)!
  return { x: (SIDES[side].minX + SIDES[side].maxX) / 2, y: drawerY(row) }
}

// ---------------------------------------------------------------------------------------------------------
// Geometry, in a drawer's frame (or a port's: centre of its mouth's plane at the plate's front face)

const HALF_WIDTH_MM = TRAY_WIDTH_MM / 2
const FLOOR_Y = -PLATE.heightMm / 2 + TRAY.floorMm / 2
const TRAY_LENGTH_MM = DRAWER.depthMm - PLATE.thicknessMm
const TRAY_MID_Z = -PLATE.thicknessMm - TRAY_LENGTH_MM / 2
/** Pull handles at both ends of the plate, clear of the first and last ports. */
const HANDLE = { insetMm: 14, heightMm: 46, proudMm: 15, barMm: 4 }
const RAIL = { heightMm: 22, y: -18, innerMm: 2, outerMm: 3 }

/** The tray: plate, floor, walls, and the splice cassettes stacked in it (seen when it is pulled). */
function trayGeometry(): BufferGeometry {
  const wallY = FLOOR_Y + TRAY.wallHeightMm / 2
  const parts: Part[] = [
    box(TRAY_WIDTH_MM, PLATE.heightMm, PLATE.thicknessMm, [0, 0, -PLATE.thicknessMm / 2]),
    // The plate's top edge folds back: a lip that stiffens it and catches the light as a bright line.
    box(TRAY_WIDTH_MM, 1.2, 12, [0, PLATE.heightMm / 2 - 0.6, -PLATE.thicknessMm - 6]),
    box(TRAY_WIDTH_MM - 4, TRAY.floorMm, TRAY_LENGTH_MM, [0, FLOOR_Y, TRAY_MID_Z]),
    ...[-1, 1].map((s) =>
      box(1.5, TRAY.wallHeightMm, TRAY_LENGTH_MM, [s * (HALF_WIDTH_MM - 0.75), wallY, TRAY_MID_Z]),
    ),
    box(TRAY_WIDTH_MM - 4, TRAY.backHeightMm, 1.5, [
      0,
      FLOOR_Y + TRAY.backHeightMm / 2,
      -DRAWER.depthMm + 0.75,
    ]),
  ]
  // A stack of splice cassettes on the tray's floor, hinged at the back, behind the adapters' rears.
  for (let i = 0; i < 4; i++) {
    parts.push({
      geometry: roundedBlock(190, 7, 150, { cornerMm: 8, edgeMm: 0 }),
      at: [40, FLOOR_Y + TRAY.floorMm / 2 + i * 7.4, -DRAWER.depthMm + 105],
    })
  }
  return mergeParts(parts)
}

/** What moves with a drawer in steel: the inner slides on its walls and the two pull handles. */
function drawerSteelGeometry(): BufferGeometry {
  const parts: Part[] = [-1, 1].map((s) =>
    box(RAIL.innerMm, RAIL.heightMm, DRAWER.depthMm - 30, [
      s * (HALF_WIDTH_MM + RAIL.innerMm / 2),
      RAIL.y,
      -DRAWER.depthMm / 2 - 12,
    ]),
  )
  for (const s of [-1, 1]) {
    const x = s * (HALF_WIDTH_MM - HANDLE.insetMm)
    parts.push(box(HANDLE.barMm, HANDLE.heightMm, HANDLE.barMm, [x, 0, HANDLE.proudMm - HANDLE.barMm / 2]))
    for (const end of [-1, 1]) {
      parts.push({
        geometry: new CylinderGeometry(1.8, 1.8, HANDLE.proudMm, 8),
        at: [x, end * (HANDLE.heightMm / 2 - 3), HANDLE.proudMm / 2],
        rotation: [Math.PI / 2, 0, 0],
      })
    }
  }
  return mergeParts(parts)
}

/** The slides' outer members, fixed to the cabinet's frame: static, so merged once for every drawer. */
function fixedRailsGeometry(): BufferGeometry {
  const lengthMm = DRAWER.depthMm - 20
  return mergeParts(
    ALL_DRAWERS.flatMap((drawer) => {
      const o = drawerOrigin(drawer)
      return [-1, 1].map((s) =>
        box(RAIL.outerMm, RAIL.heightMm + 4, lengthMm, [
          o.x + s * (HALF_WIDTH_MM + RAIL.innerMm + RAIL.outerMm / 2),
          o.y + RAIL.y,
          DRAWER.frontZ - 6 - lengthMm / 2,
        ]),
      )
    }),
  )
}

function rectPath<T extends Path>(path: T, halfX: number, halfY: number): T {
  path.moveTo(-halfX, -halfY)
  path.lineTo(halfX, -halfY)
  path.lineTo(halfX, halfY)
  path.lineTo(-halfX, halfY)
  path.closePath()
  return path
}

const GREEN = hexRgb(SC_APC_HEX)
const INSIDE = hexRgb('#0f2a17')
const SLEEVE = hexRgb('#e6dfcf')

function hexRgb(hex: string): [number, number, number] {
  // Vertex colours are multiplied in linear space: convert the sRGB hex as three's Color would.
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return [channel(0), channel(1), channel(2)]
}

function paint(
  geometry: BufferGeometry,
  colour: (x: number, y: number, z: number) => [number, number, number],
) {
  const position = geometry.getAttribute('position')
  const colours = new Float32Array(position.count * 3)
  for (let v = 0; v < position.count; v++) {
    colours.set(colour(position.getX(v), position.getY(v), position.getZ(v)), v * 3)
  }
  geometry.setAttribute('color', new BufferAttribute(colours, 3))
  return geometry
}

/**
 * One adapter, its mouth at z = ADAPTER.proudMm: the square sleeve with its key slot up, the flange
 * on the plate, the dark inside and the ceramic alignment sleeve at the bottom of the mouth.
 */
function adapterGeometry(): BufferGeometry {
  const hw = ADAPTER.holeWidthMm / 2
  const hh = ADAPTER.holeHeightMm / 2
  // Square corners: a 1 mm radius would not show at a port's size on screen, and would cost triangles.
  const outline = rectPath(new Shape(), ADAPTER.widthMm / 2, ADAPTER.heightMm / 2)
  const hole = new Path()
  hole.moveTo(-hw, -hh)
  hole.lineTo(hw, -hh)
  hole.lineTo(hw, hh)
  hole.lineTo(ADAPTER.keyWidthMm / 2, hh)
  hole.lineTo(ADAPTER.keyWidthMm / 2, hh + ADAPTER.keyDepthMm)
  hole.lineTo(-ADAPTER.keyWidthMm / 2, hh + ADAPTER.keyDepthMm)
  hole.lineTo(-ADAPTER.keyWidthMm / 2, hh)
  hole.lineTo(-hw, hh)
  hole.closePath()
  outline.holes.push(hole)
  const lengthMm = ADAPTER.proudMm + ADAPTER.behindMm
  // Two steps along the length: the inside's vertices mid-way darken, so the mouth's walls shade inward.
  const sleeve = new ExtrudeGeometry(outline, { depth: lengthMm, steps: 2, bevelEnabled: false })
  sleeve.translate(0, 0, -ADAPTER.behindMm)
  const flange = box(ADAPTER.flange.widthMm, ADAPTER.flange.heightMm, ADAPTER.flange.thicknessMm, [
    0,
    0,
    ADAPTER.flange.thicknessMm / 2,
  ])
  const mouthZ = ADAPTER.proudMm
  const bottomZ = mouthZ - ADAPTER.sleeveMm
  // The body: green outside; inside the mouth it darkens with depth, as a hole would in shadow.
  const body = paint(mergeParts([{ geometry: sleeve }, flange]), (x, y, z) => {
    const inHole = Math.abs(x) <= hw + 0.01 && y >= -hh - 0.01 && y <= hh + ADAPTER.keyDepthMm + 0.01
    if (!inHole) return GREEN
    const k = Math.min(1, Math.max(0, (mouthZ - z) / 7))
    return [0, 1, 2].map((i) => GREEN[i]! + (INSIDE[i]! - GREEN[i]!) * k) as [number, number, number]
  })
  const floor = paint(
    mergeParts([
      { geometry: new PlaneGeometry(ADAPTER.holeWidthMm, ADAPTER.holeHeightMm), at: [0, 0, bottomZ] },
    ]),
    () => INSIDE,
  )
  const alignment = paint(
    mergeParts([
      {
        geometry: new CylinderGeometry(1.7, 1.7, 7, 10, 1, true),
        at: [0, 0, bottomZ + 3.5],
        rotation: [Math.PI / 2, 0, 0],
      },
    ]),
    () => SLEEVE,
  )
  return mergeParts([{ geometry: body }, { geometry: floor }, { geometry: alignment }])
}

/** A plug-in dust cap: its plug in the mouth, a square head over the mouth, a grip tab to pull it by. */
function capGeometry(): BufferGeometry {
  const mouthZ = ADAPTER.proudMm
  const standing = (geometry: BufferGeometry) => geometry.rotateX(Math.PI / 2)
  return mergeParts([
    box(ADAPTER.holeWidthMm - 0.3, ADAPTER.holeHeightMm - 0.3, 6, [0, 0, mouthZ - 3]),
    {
      geometry: standing(
        roundedBlock(ADAPTER.widthMm + 0.6, 3, ADAPTER.heightMm + 0.6, { cornerMm: 2, edgeMm: 0 }),
      ),
      at: [0, 0, mouthZ],
    },
    {
      geometry: standing(roundedBlock(2.2, 5, ADAPTER.heightMm - 2, { cornerMm: 1, edgeMm: 0 })),
      at: [0, 0, mouthZ + 2.5],
    },
  ])
}

// ---------------------------------------------------------------------------------------------------------
// Print: every plate's numbers and labels on one canvas

const PX_PER_MM = 6
const LABEL = { widthMm: 150, heightMm: 16, rowPx: 104 }
const NUMBER = { widthMm: 14, heightMm: 9, cellPx: 92, rowPx: 62, fromX: 920 }
const WARNING = { widthMm: 15, heightMm: 13, x: 920, y: 140 }
const ATLAS = { widthPx: 1480, heightPx: LABEL.rowPx * ALL_DRAWERS.length }
/** Above the ports' centres, the numbers; under them, at the plate's left end, the label and the warning. */
const NUMBER_ABOVE_PORT_MM = 17.5
const LABEL_Y_MM = -26
const LABEL_LEFT_MM = HANDLE.insetMm + 11

const pxRect = (x: number, y: number, widthPx: number, heightPx: number): AtlasRect => [
  x / ATLAS.widthPx,
  y / ATLAS.heightPx,
  (x + widthPx) / ATLAS.widthPx,
  (y + heightPx) / ATLAS.heightPx,
]
const labelRect = (i: number) =>
  pxRect(0, i * LABEL.rowPx, LABEL.widthMm * PX_PER_MM, LABEL.heightMm * PX_PER_MM)
const numberRect = (n: number) =>
  pxRect(
    NUMBER.fromX + ((n - 1) % 6) * NUMBER.cellPx,
    Math.floor((n - 1) / 6) * NUMBER.rowPx,
    NUMBER.widthMm * PX_PER_MM,
    NUMBER.heightMm * PX_PER_MM,
  )
const WARNING_RECT = pxRect(WARNING.x, WARNING.y, WARNING.widthMm * PX_PER_MM, WARNING.heightMm * PX_PER_MM)

function labelText(drawer: DrawerId): string {
  const { side, row } = parseDrawer(drawer)!
  return side === 'op' ? `OPÉRATEUR · COUPLEUR ${row}` : `DISTRIBUTION · D${row}`
}

function drawAtlas(context: CanvasRenderingContext2D) {
  const mm = PX_PER_MM
  // The plate's grey everywhere first: a quad's edge samples a little of its neighbours, so the gutters
  // between cells must be the same grey as the cells printed straight on the plate.
  context.fillStyle = DRAWER_GREY_HEX
  context.fillRect(0, 0, ATLAS.widthPx, ATLAS.heightPx)
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  ALL_DRAWERS.forEach((drawer, i) => {
    const [, top] = labelRect(i)
    const y = top * ATLAS.heightPx
    const width = LABEL.widthMm * mm
    const height = LABEL.heightMm * mm
    // A white sticker with a coloured band telling the two sides apart from across the street.
    context.fillStyle = '#fbfbf8'
    context.fillRect(0, y, width, height)
    context.fillStyle = parseDrawer(drawer)!.side === 'op' ? '#d9541e' : '#1f5fd1'
    context.fillRect(0, y, 5 * mm, height)
    context.strokeStyle = '#8d9296'
    context.lineWidth = 0.3 * mm
    context.strokeRect(0.15 * mm, y + 0.15 * mm, width - 0.3 * mm, height - 0.3 * mm)
    context.fillStyle = '#15181b'
    context.font = `700 ${7.2 * mm}px ${PRINT_FONT}`
    context.fillText(labelText(drawer), (width + 5 * mm) / 2, y + height / 2 + 0.4 * mm, width - 9 * mm)
  })
  for (let n = 1; n <= DRAWER.ports; n++) {
    const [left, top] = numberRect(n)
    const x = left * ATLAS.widthPx
    const y = top * ATLAS.heightPx
    // Printed straight on the plate: the cell's ground is the plate's own grey, so the quad disappears.
    context.fillStyle = DRAWER_GREY_HEX
    context.fillRect(x, y, NUMBER.widthMm * mm, NUMBER.heightMm * mm)
    context.fillStyle = '#1b1e21'
    context.font = `700 ${7 * mm}px ${PRINT_FONT}`
    context.fillText(String(n), x + (NUMBER.widthMm * mm) / 2, y + (NUMBER.heightMm * mm) / 2 + 0.4 * mm)
  }
  drawWarning(context, WARNING.x, WARNING.y, WARNING.widthMm * mm, WARNING.heightMm * mm)
}

/** The laser warning (IEC 60825): a yellow triangle, black border, the sunburst. */
function drawWarning(context: CanvasRenderingContext2D, x: number, y: number, width: number, height: number) {
  context.fillStyle = DRAWER_GREY_HEX
  context.fillRect(x, y, width, height)
  const inset = width * 0.06
  context.fillStyle = '#f4c81b'
  context.strokeStyle = '#111111'
  context.lineWidth = width * 0.07
  context.lineJoin = 'round'
  context.beginPath()
  context.moveTo(x + width / 2, y + inset)
  context.lineTo(x + width - inset, y + height - inset)
  context.lineTo(x + inset, y + height - inset)
  context.closePath()
  context.fill()
  context.stroke()
  const cx = x + width / 2
  const cy = y + height * 0.64
  context.fillStyle = '#111111'
  context.beginPath()
  context.arc(cx, cy, width * 0.06, 0, Math.PI * 2)
  context.fill()
  context.lineWidth = width * 0.03
  for (let ray = 0; ray < 8; ray++) {
    const angle = (ray / 8) * Math.PI * 2
    context.beginPath()
    context.moveTo(cx + Math.cos(angle) * width * 0.1, cy + Math.sin(angle) * width * 0.1)
    context.lineTo(cx + Math.cos(angle) * width * 0.19, cy + Math.sin(angle) * width * 0.19)
    context.stroke()
  }
  context.beginPath()
  context.moveTo(cx + width * 0.19, cy)
  context.lineTo(cx + width * 0.34, cy)
  context.stroke()
}

/** A quad facing +z showing one area of the atlas. */
function printQuad(widthMm: number, heightMm: number, rect: AtlasRect, at: Vec3): Part {
  const plane = new PlaneGeometry(widthMm, heightMm)
  const uv = plane.getAttribute('uv')
  const [left, top, right, bottom] = rect
  for (let v = 0; v < uv.count; v++) {
    // Canvas textures are flipped: v = 1 is the canvas's top row.
    uv.setXY(v, left + uv.getX(v) * (right - left), 1 - bottom + uv.getY(v) * (bottom - top))
  }
  return { geometry: plane, at }
}

const PRINT_PROUD_MM = 0.08
const VERTICES_PER_QUAD = 6

/**
 * Every plate's print merged into one mesh, in the scene's frame with the plates pushed in; `drawerOf`
 * says which drawer each vertex rides with, so pulling a drawer only rewrites z.
 */
function printGeometry(): { geometry: BufferGeometry; drawerOf: Uint8Array; restZ: Float32Array } {
  const parts: Part[] = []
  const quadsPerDrawer: number[] = []
  ALL_DRAWERS.forEach((drawer, i) => {
    const o = drawerOrigin(drawer)
    const side = parseDrawer(drawer)!.side
    const left = SIDES[side].minX
    const before = parts.length
    for (let n = 1; n <= DRAWER.ports; n++) {
      const { x, y } = portAt(portId(drawer, n))
      parts.push(printQuad(NUMBER.widthMm, NUMBER.heightMm, numberRect(n), [x, y + NUMBER_ABOVE_PORT_MM, 0]))
    }
    parts.push(
      printQuad(LABEL.widthMm, LABEL.heightMm, labelRect(i), [
        left + LABEL_LEFT_MM + LABEL.widthMm / 2,
        o.y + LABEL_Y_MM,
        0,
      ]),
    )
    if (side === 'op') {
      parts.push(
        printQuad(WARNING.widthMm, WARNING.heightMm, WARNING_RECT, [
          left + LABEL_LEFT_MM + LABEL.widthMm + 4 + WARNING.widthMm / 2,
          o.y + LABEL_Y_MM,
          0,
        ]),
      )
    }
    quadsPerDrawer.push(parts.length - before)
  })
  const geometry = mergeParts(parts)
  const count = geometry.getAttribute('position').count
  const drawerOf = new Uint8Array(count)
  let v = 0
  quadsPerDrawer.forEach((quads, i) => {
    drawerOf.fill(i, v, v + quads * VERTICES_PER_QUAD)
    v += quads * VERTICES_PER_QUAD
  })
  return { geometry, drawerOf, restZ: new Float32Array(count).fill(PRINT_PROUD_MM) }
}

// ---------------------------------------------------------------------------------------------------------

const matrix = new Matrix4()
const at = new Vector3()
const noTurn = new Quaternion()
const unit = new Vector3(1, 1, 1)

export function Drawers({ pulledMm, capped }: DrawersProps) {
  use(printFontReady())
  const invalidate = useThree((state) => state.invalidate)
  const trays = useRef<InstancedMesh>(null)
  const drawerSteel = useRef<InstancedMesh>(null)
  const adapters = useRef<InstancedMesh>(null)
  const caps = useRef<InstancedMesh>(null)

  const tray = useGeometry(trayGeometry, [])
  const moving = useGeometry(drawerSteelGeometry, [])
  const fixed = useGeometry(fixedRailsGeometry, [])
  const adapter = useGeometry(adapterGeometry, [])
  const cap = useGeometry(capGeometry, [])
  const printed = useMemo(() => printGeometry(), [])
  const printShape = useGeometry(() => printed.geometry, [printed])
  const printMaterial = useMemo(() => {
    const texture = canvasTexture('pm-drawer-print', ATLAS.widthPx, ATLAS.heightPx, drawAtlas)
    return surface('#ffffff', { roughness: 0.55, map: texture, key: 'pm-drawer-print' })
  }, [])

  // Plain strings, so the effect below reruns only when a drawer or a cap really changed.
  const pulledKey = ALL_DRAWERS.map((id) => clampPull(pulledMm[id])).join(',')
  const cappedKey = ALL_PORTS.map((id) => ((capped[id] ?? true) ? '1' : '0')).join('')

  useLayoutEffect(() => {
    const pulls = pulledKey.split(',').map(Number)
    const zOf = (drawerIndex: number) => DRAWER.frontZ + pulls[drawerIndex]!
    ALL_DRAWERS.forEach((drawer, i) => {
      const o = drawerOrigin(drawer)
      matrix.compose(at.set(o.x, o.y, zOf(i)), noTurn, unit)
      trays.current?.setMatrixAt(i, matrix)
      drawerSteel.current?.setMatrixAt(i, matrix)
    })
    let shownCaps = 0
    ALL_PORTS.forEach((port, p) => {
      const { x, y } = portAt(port)
      matrix.compose(at.set(x, y, zOf(Math.floor(p / DRAWER.ports))), noTurn, unit)
      adapters.current?.setMatrixAt(p, matrix)
      if (cappedKey[p] === '1') caps.current?.setMatrixAt(shownCaps++, matrix)
    })
    for (const mesh of [trays.current, drawerSteel.current, adapters.current, caps.current]) {
      if (!mesh) continue
      mesh.instanceMatrix.needsUpdate = true
      // Culling tests the instances' bounds, which move with the drawers.
      mesh.computeBoundingSphere()
    }
    if (caps.current) {
      caps.current.count = shownCaps
      // No instance, no draw call.
      caps.current.visible = shownCaps > 0
      caps.current.computeBoundingSphere()
    }
    const position = printShape.getAttribute('position') as BufferAttribute
    for (let v = 0; v < position.count; v++) {
      position.setZ(v, printed.restZ[v]! + zOf(printed.drawerOf[v]!))
    }
    position.needsUpdate = true
    printShape.computeBoundingSphere()
    invalidate()
  }, [pulledKey, cappedKey, printShape, printed, invalidate])

  return (
    <group>
      <instancedMesh ref={trays} args={[tray, drawerSheet(), ALL_DRAWERS.length]} />
      <instancedMesh ref={drawerSteel} args={[moving, steel(), ALL_DRAWERS.length]} />
      <mesh geometry={fixed} material={steel()} />
      <instancedMesh ref={adapters} args={[adapter, adapterMaterial(), ALL_PORTS.length]} />
      <instancedMesh ref={caps} args={[cap, dustCap(), ALL_PORTS.length]} />
      <mesh geometry={printShape} material={printMaterial} />
    </group>
  )
}
