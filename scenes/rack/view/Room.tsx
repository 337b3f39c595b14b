/**
 * The datacenter hall around the rack, as in a colocation suite: a raised floor of 600 mm tiles whose
 * joints line up with the row (perforated tiles along the cold aisle in front, a cable cut-out under the
 * rack's rear), the neighbouring racks of the row with their perforated doors closed and their servers'
 * green LEDs showing through, light grey walls so the black frame reads against them, the yellow fibre
 * raceway overhead with its drop to the rack's roof, and the aisle signs hanging above. Pieces sharing a
 * material are merged: the hall costs nine draw calls.
 */
import { use, useMemo } from 'react'
import { PlaneGeometry } from 'three'
import type { BufferGeometry, MeshStandardMaterial } from 'three'
import { canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { box, mergeParts, printedBox } from '../../../src/kit/geometry.ts'
import type { AtlasRect, Part, Vec3 } from '../../../src/kit/geometry.ts'
import { marker, surface } from '../../../src/kit/materials.ts'
import { fitText } from '../../../src/kit/printedSigns.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { RACK, U_MM, uBottomY } from '../layout.ts'

const TILE_MM = 600
/** The hall: tile joints at x = 300 + k·600 and z = 500 + k·600, so the rack's front is on a joint. */
const HALL = { minX: -2700, maxX: 2700, minZ: -2300, maxZ: 2300, ceilingY: 3000 }
const WALL_SKIRTING_MM = 120
const JOINT = { x: 300, z: RACK.frontZ }
/**
 * The cold aisle's row of perforated tiles starts at the racks' front; the tile with the cable cut-out
 * lies under the rack's rear, where the PDUs' cords go down.
 */
const PERFORATED_ROW_Z = RACK.frontZ
const CUTOUT_TILE = { x: 0, z: RACK.frontZ - 1.5 * TILE_MM }
const CUTOUT = { widthMm: 500, depthMm: 100 }
/** Floor atlas: three tiles side by side (plain, perforated, cut-out). */
const FLOOR_TILE_PX = 512

/** Neighbouring racks of the row: same frame, closed perforated doors front and rear. */
const NEIGHBOURS = [
  { x: -1200, name: 'DC.C01', variant: 0 },
  { x: -600, name: 'DC.C02', variant: 1 },
  { x: 600, name: 'DC.C04', variant: 0 },
  { x: 1200, name: 'DC.C05', variant: 1 },
]
const DOOR = { widthMm: 580, heightMm: 1880, bottomY: 125, thicknessMm: 18, fieldMarginMm: 28 }
const DOOR_TOP_Y = DOOR.bottomY + DOOR.heightMm
const PLINTH_MM = 100
const RACK_ATLAS = { widthPx: 1024, heightPx: 2048, doorPxPerMm: 0.8 }
const DOOR_PX = {
  widthPx: DOOR.widthMm * RACK_ATLAS.doorPxPerMm,
  heightPx: DOOR.heightMm * RACK_ATLAS.doorPxPerMm,
}
const RACK_PATCHES = { body: '#161719', plinth: '#0c0c0d', handle: '#44474b', roof: '#1d1e21' }
const NAME_PX = { yPx: 1640, widthPx: 240, heightPx: 48 }
const LED_MM = 5

/** The fibre raceway over the row, hung from the slab on threaded rods, with a drop to the rack's roof. */
const TRAY = { z: -300, widthMm: 300, wallMm: 100, bottomY: 2450, sheetMm: 3, lipMm: 12 }
const DROP = { halfWidthMm: 60, frontZ: -355, backZ: -425, bottomY: 2150 }
const HANGER_XS = [-2250, -750, 750, 2250]
/** Aisle signs, hanging over each aisle, beside the raceway's drop. */
const SIGN = {
  widthMm: 1200,
  heightMm: 300,
  thicknessMm: 10,
  x: -700,
  centreY: 2300,
  coldZ: 900,
  hotZ: -1100,
}
const SIGN_ATLAS = { widthPx: 1024, heightPx: 512 }

type RackKind = 'server' | 'switch' | 'blank' | 'patch' | 'storage'
type Device = { u: number; heightU: number; kind: RackKind }

/** A repeatable sequence in [0, 1) (mulberry32): the cached prints and the LEDs never change. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** What fills a neighbour rack, from U1 up: patch panel and switches on top, servers and blanks below. */
function devicesOf(variant: number): Device[] {
  const random = seededRandom(31 + variant * 17)
  const devices: Device[] = []
  let u = 2
  while (u <= 36) {
    const r = random()
    const kind: RackKind = r < 0.5 ? 'server' : r < 0.62 ? 'storage' : r < 0.8 ? 'blank' : 'server'
    const heightU = kind === 'storage' ? 3 : kind === 'server' ? (random() < 0.55 ? 1 : 2) : 1
    if (u + heightU > 37) break
    devices.push({ u, heightU, kind })
    u += heightU + (random() < 0.12 ? 1 : 0)
  }
  devices.push({ u: 38, heightU: 1, kind: 'switch' }, { u: 39, heightU: 1, kind: 'switch' })
  devices.push({ u: 41, heightU: 1, kind: 'patch' })
  return devices
}

const toRect = (
  xPx: number,
  yPx: number,
  widthPx: number,
  heightPx: number,
  w: number,
  h: number,
): AtlasRect => [xPx / w, yPx / h, (xPx + widthPx) / w, (yPx + heightPx) / h]
const rackRect = (xPx: number, yPx: number, widthPx: number, heightPx: number) =>
  toRect(xPx, yPx, widthPx, heightPx, RACK_ATLAS.widthPx, RACK_ATLAS.heightPx)
const doorRect = (variant: number) => rackRect(variant * 512, 0, DOOR_PX.widthPx, DOOR_PX.heightPx)
function rackPatch(id: keyof typeof RACK_PATCHES): AtlasRect {
  const i = Object.keys(RACK_PATCHES).indexOf(id)
  return rackRect(i * 64 + 24, 1560 + 24, 8, 8)
}
const nameRect = (i: number) => rackRect(i * 256, NAME_PX.yPx, NAME_PX.widthPx, NAME_PX.heightPx)

// --- Prints -----------------------------------------------------------------------------------------------

function drawTile(context: CanvasRenderingContext2D, x0: number, seed: number) {
  const size = FLOOR_TILE_PX
  const random = seededRandom(seed)
  context.fillStyle = '#c9cccd'
  context.fillRect(x0, 0, size, size)
  // The laminate's fine speckle.
  for (let i = 0; i < 5000; i++) {
    context.fillStyle = random() > 0.5 ? 'rgba(255, 255, 255, 0.16)' : 'rgba(60, 64, 70, 0.10)'
    context.fillRect(x0 + random() * size, random() * size, 1.5, 1.5)
  }
  // The PVC edge trim and the joint between tiles.
  context.strokeStyle = '#9ea2a6'
  context.lineWidth = 6
  context.strokeRect(x0 + 3, 3, size - 6, size - 6)
  context.strokeStyle = '#70757a'
  context.lineWidth = 2
  context.strokeRect(x0 + 1, 1, size - 2, size - 2)
}

function drawFloor(context: CanvasRenderingContext2D) {
  const size = FLOOR_TILE_PX
  drawTile(context, 0, 3)
  drawTile(context, size, 4)
  drawTile(context, 2 * size, 5)
  // Perforated tile: a grid of round holes over the field, about a quarter open.
  const margin = 34
  const count = 22
  const pitch = (size - 2 * margin) / count
  context.fillStyle = '#3d4246'
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < count; j++) {
      context.beginPath()
      context.arc(size + margin + (i + 0.5) * pitch, margin + (j + 0.5) * pitch, pitch * 0.3, 0, Math.PI * 2)
      context.fill()
    }
  }
  // Cut-out tile: the cable cut-out under the rack's rear, closed by a brush grommet.
  const pxPerMm = size / TILE_MM
  const w = CUTOUT.widthMm * pxPerMm
  const h = CUTOUT.depthMm * pxPerMm
  const cx = 2.5 * size
  const cy = size / 2
  context.fillStyle = '#1a1b1c'
  context.fillRect(cx - w / 2 - 5, cy - h / 2 - 5, w + 10, h + 10)
  context.fillStyle = '#060606'
  context.fillRect(cx - w / 2, cy - h / 2, w, h)
  const random = seededRandom(9)
  context.lineWidth = 1
  for (let i = 0; i < 900; i++) {
    const x = cx - w / 2 + random() * w
    const fromTop = random() > 0.5
    const grey = 40 + Math.round(random() * 40)
    context.strokeStyle = `rgb(${grey}, ${grey}, ${grey})`
    context.beginPath()
    context.moveTo(x, fromTop ? cy - h / 2 : cy + h / 2)
    context.lineTo(x + (random() - 0.5) * 3, fromTop ? cy - 2 : cy + 2)
    context.stroke()
  }
}

/** Painted blockwork: lighter toward the ceiling, a grey skirting along the raised floor. */
function drawWall(context: CanvasRenderingContext2D) {
  const heightPx = 512
  const shade = context.createLinearGradient(0, 0, 0, heightPx)
  shade.addColorStop(0, '#e2e5e7')
  shade.addColorStop(1, '#cfd3d6')
  context.fillStyle = shade
  context.fillRect(0, 0, 64, heightPx)
  const skirtingPx = (WALL_SKIRTING_MM / HALL.ceilingY) * heightPx
  context.fillStyle = '#8f969c'
  context.fillRect(0, heightPx - skirtingPx, 64, skirtingPx)
  context.fillStyle = '#6f767c'
  context.fillRect(0, heightPx - skirtingPx - 1.5, 64, 1.5)
}

/** Soft contact shadow of the row on the floor (the scene has no shadow maps). */
function drawShadow(context: CanvasRenderingContext2D) {
  context.clearRect(0, 0, 512, 256)
  context.fillStyle = 'rgba(0, 0, 0, 0.55)'
  context.shadowColor = 'rgba(0, 0, 0, 0.9)'
  context.shadowBlur = 22
  context.fillRect(30, 40, 452, 176)
}

function drawDevice(context: CanvasRenderingContext2D, x0: number, device: Device, random: () => number) {
  const s = RACK_ATLAS.doorPxPerMm
  const top = (DOOR_TOP_Y - uBottomY(device.u + device.heightU)) * s
  const heightPx = device.heightU * U_MM * s
  // The 19" front between the rails, seen through the door.
  const left = x0 + (DOOR.widthMm / 2 - 241) * s
  const widthPx = 482 * s
  const colours: Record<RackKind, string> = {
    server: '#3a3e43',
    storage: '#2f3337',
    switch: '#26292c',
    blank: '#121314',
    patch: '#202225',
  }
  context.fillStyle = colours[device.kind]
  context.fillRect(left, top + 0.5, widthPx, heightPx - 1)
  if (device.kind === 'server' || device.kind === 'storage') {
    // Drive bays.
    context.fillStyle = '#55595f'
    const bays = device.kind === 'storage' ? 12 : 8
    const rows = device.kind === 'storage' ? 3 : device.heightU
    for (let r = 0; r < rows; r++) {
      for (let b = 0; b < bays; b++) {
        if (random() < 0.15) continue
        context.fillRect(
          left + widthPx * 0.28 + b * widthPx * 0.055,
          top + 3 + r * ((heightPx - 4) / rows),
          widthPx * 0.045,
          (heightPx - 8) / rows,
        )
      }
    }
  } else if (device.kind === 'switch' || device.kind === 'patch') {
    context.fillStyle = device.kind === 'switch' ? '#0a0a0a' : '#d8d8d2'
    for (let p = 0; p < 24; p++)
      context.fillRect(left + 30 + p * 13, top + heightPx * 0.3, 9, heightPx * 0.45)
  }
}

function drawDoor(context: CanvasRenderingContext2D, variant: number) {
  const x0 = variant * 512
  const s = RACK_ATLAS.doorPxPerMm
  const random = seededRandom(77 + variant)
  // Behind the door: the dark inside of the rack and its equipment.
  context.fillStyle = '#080808'
  context.fillRect(x0, 0, DOOR_PX.widthPx, DOOR_PX.heightPx)
  for (const device of devicesOf(variant)) drawDevice(context, x0, device, random)
  // The door's steel: a perforated field (about 70 % open) in a solid frame.
  const tile = document.createElement('canvas')
  tile.width = 3
  tile.height = 3
  const tileContext = tile.getContext('2d')
  if (tileContext) {
    tileContext.fillStyle = RACK_PATCHES.body
    tileContext.fillRect(0, 0, 3, 3)
    tileContext.clearRect(0, 0, 2, 2)
  }
  const pattern = context.createPattern(tile, 'repeat')
  const margin = DOOR.fieldMarginMm * s
  context.save()
  context.translate(x0, 0)
  if (pattern) {
    context.fillStyle = pattern
    context.fillRect(margin, margin, DOOR_PX.widthPx - 2 * margin, DOOR_PX.heightPx - 2 * margin)
  }
  context.fillStyle = RACK_PATCHES.body
  context.fillRect(0, 0, DOOR_PX.widthPx, margin)
  context.fillRect(0, DOOR_PX.heightPx - margin, DOOR_PX.widthPx, margin)
  context.fillRect(0, 0, margin, DOOR_PX.heightPx)
  context.fillRect(DOOR_PX.widthPx - margin, 0, margin, DOOR_PX.heightPx)
  // A faint sheen down the door.
  const sheen = context.createLinearGradient(0, 0, DOOR_PX.widthPx, 0)
  sheen.addColorStop(0, 'rgba(255, 255, 255, 0.05)')
  sheen.addColorStop(0.5, 'rgba(255, 255, 255, 0)')
  sheen.addColorStop(1, 'rgba(255, 255, 255, 0.03)')
  context.fillStyle = sheen
  context.fillRect(0, 0, DOOR_PX.widthPx, DOOR_PX.heightPx)
  context.restore()
}

function drawRackAtlas(context: CanvasRenderingContext2D) {
  drawDoor(context, 0)
  drawDoor(context, 1)
  Object.values(RACK_PATCHES).forEach((colour, i) => {
    context.fillStyle = colour
    context.fillRect(i * 64, 1560, 56, 56)
  })
  NEIGHBOURS.forEach(({ name }, i) => {
    context.fillStyle = '#0c0c0c'
    context.fillRect(i * 256, NAME_PX.yPx, NAME_PX.widthPx, NAME_PX.heightPx)
    context.fillStyle = '#ffffff'
    context.textAlign = 'center'
    context.textBaseline = 'middle'
    fitText(
      context,
      name,
      i * 256 + NAME_PX.widthPx / 2,
      NAME_PX.yPx + NAME_PX.heightPx / 2 + 2,
      200,
      32,
      700,
    )
  })
}

function drawSnowflake(context: CanvasRenderingContext2D, cx: number, cy: number, r: number) {
  context.lineWidth = r * 0.14
  context.lineCap = 'round'
  for (let a = 0; a < 6; a++) {
    const angle = (a * Math.PI) / 3
    const dx = Math.cos(angle)
    const dy = Math.sin(angle)
    context.beginPath()
    context.moveTo(cx, cy)
    context.lineTo(cx + dx * r, cy + dy * r)
    for (const side of [-1, 1]) {
      const bx = cx + dx * r * 0.55
      const by = cy + dy * r * 0.55
      const branch = angle + side * 0.7
      context.moveTo(bx, by)
      context.lineTo(bx + Math.cos(branch) * r * 0.35, by + Math.sin(branch) * r * 0.35)
    }
    context.stroke()
  }
}

function drawThermometer(context: CanvasRenderingContext2D, cx: number, cy: number, r: number) {
  context.lineWidth = r * 0.12
  context.beginPath()
  context.arc(cx, cy + r * 0.55, r * 0.32, 0, Math.PI * 2)
  context.fill()
  context.beginPath()
  context.moveTo(cx - r * 0.15, cy + r * 0.4)
  context.lineTo(cx - r * 0.15, cy - r)
  context.arc(cx, cy - r, r * 0.15, Math.PI, 0)
  context.lineTo(cx + r * 0.15, cy + r * 0.4)
  context.stroke()
  context.fillRect(cx - r * 0.07, cy - r * 0.3, r * 0.14, r * 0.8)
  for (let i = 0; i < 3; i++) context.fillRect(cx + r * 0.25, cy - r * 0.8 + i * r * 0.35, r * 0.3, r * 0.07)
}

function drawSigns(context: CanvasRenderingContext2D) {
  const { widthPx } = SIGN_ATLAS
  const heightPx = SIGN_ATLAS.heightPx / 2
  ;[
    { text: 'ALLÉE FROIDE', colour: '#1c5cb8', icon: drawSnowflake },
    { text: 'ALLÉE CHAUDE', colour: '#c42a22', icon: drawThermometer },
  ].forEach(({ text, colour, icon }, i) => {
    const y = i * heightPx
    context.fillStyle = colour
    context.fillRect(0, y, widthPx, heightPx)
    context.strokeStyle = '#ffffff'
    context.lineWidth = 8
    context.strokeRect(14, y + 14, widthPx - 28, heightPx - 28)
    context.fillStyle = '#ffffff'
    context.strokeStyle = '#ffffff'
    icon(context, 130, y + heightPx / 2, 70)
    context.textAlign = 'left'
    context.textBaseline = 'middle'
    fitText(context, text, 230, y + heightPx / 2 + 6, widthPx - 280, 120, 700)
  })
}

// --- Geometries -------------------------------------------------------------------------------------------

/** One quad per tile (partial at the hall's ends), mapped to the plain, perforated or cut-out tile. */
function floorGeometry(): BufferGeometry {
  const parts: Part[] = []
  const firstX = JOINT.x + Math.floor((HALL.minX - JOINT.x) / TILE_MM) * TILE_MM
  const firstZ = JOINT.z + Math.floor((HALL.minZ - JOINT.z) / TILE_MM) * TILE_MM
  for (let x0 = firstX; x0 < HALL.maxX; x0 += TILE_MM) {
    for (let z0 = firstZ; z0 < HALL.maxZ; z0 += TILE_MM) {
      const minX = Math.max(x0, HALL.minX)
      const maxX = Math.min(x0 + TILE_MM, HALL.maxX)
      const minZ = Math.max(z0, HALL.minZ)
      const maxZ = Math.min(z0 + TILE_MM, HALL.maxZ)
      const centreX = x0 + TILE_MM / 2
      const centreZ = z0 + TILE_MM / 2
      const kind =
        z0 === PERFORATED_ROW_Z ? 1 : centreX === CUTOUT_TILE.x && centreZ === CUTOUT_TILE.z ? 2 : 0
      const geometry = new PlaneGeometry(maxX - minX, maxZ - minZ).rotateX(-Math.PI / 2)
      const uv = geometry.getAttribute('uv')
      const position = geometry.getAttribute('position')
      for (let v = 0; v < uv.count; v++) {
        // The canvas's top row is the tile's far (-z) edge.
        const fx = (minX + (maxX - minX) / 2 + position.getX(v) - x0) / TILE_MM
        const fz = (minZ + (maxZ - minZ) / 2 + position.getZ(v) - z0) / TILE_MM
        uv.setXY(v, (kind + fx) / 3, 1 - fz)
      }
      parts.push({ geometry, at: [(minX + maxX) / 2, 0, (minZ + maxZ) / 2] })
    }
  }
  return mergeParts(parts)
}

function wallGeometry(): BufferGeometry {
  const widthMm = HALL.maxX - HALL.minX
  const depthMm = HALL.maxZ - HALL.minZ
  const y = HALL.ceilingY / 2
  // Planes face into the hall only: the cameras outside it look through the near wall.
  return mergeParts([
    { geometry: new PlaneGeometry(widthMm, HALL.ceilingY), at: [0, y, HALL.minZ] },
    { geometry: new PlaneGeometry(widthMm, HALL.ceilingY), at: [0, y, HALL.maxZ], rotation: [0, Math.PI, 0] },
    {
      geometry: new PlaneGeometry(depthMm, HALL.ceilingY),
      at: [HALL.minX, y, 0],
      rotation: [0, Math.PI / 2, 0],
    },
    {
      geometry: new PlaneGeometry(depthMm, HALL.ceilingY),
      at: [HALL.maxX, y, 0],
      rotation: [0, -Math.PI / 2, 0],
    },
  ])
}

function neighbourGeometry(): BufferGeometry {
  const black = rackPatch('body')
  const doorZ = RACK.frontZ + DOOR.thicknessMm / 2
  const doorY = DOOR.bottomY + DOOR.heightMm / 2
  return mergeParts(
    NEIGHBOURS.flatMap(({ x, variant }, i): Part[] => [
      {
        geometry: printedBox(
          RACK.widthMm - 2,
          RACK.heightMm - PLINTH_MM,
          RACK.depthMm,
          { top: rackPatch('roof') },
          black,
        ),
        at: [x, PLINTH_MM + (RACK.heightMm - PLINTH_MM) / 2, 0],
      },
      {
        geometry: printedBox(RACK.widthMm - 12, PLINTH_MM, RACK.depthMm - 20, {}, rackPatch('plinth')),
        at: [x, PLINTH_MM / 2, 0],
      },
      {
        geometry: printedBox(
          DOOR.widthMm,
          DOOR.heightMm,
          DOOR.thicknessMm,
          { front: doorRect(variant) },
          black,
        ),
        at: [x, doorY, doorZ],
      },
      {
        geometry: printedBox(
          DOOR.widthMm,
          DOOR.heightMm,
          DOOR.thicknessMm,
          { back: doorRect(1 - variant) },
          black,
        ),
        at: [x, doorY, -doorZ],
      },
      // Swing handles, on the lock side of each door.
      ...[1, -1].map((side): Part => ({
        geometry: printedBox(24, 160, 16, {}, rackPatch('handle')),
        at: [x + side * 245, 1150, side * (doorZ + DOOR.thicknessMm / 2 + 8)],
      })),
      // The rack's name on the top of the front door.
      {
        geometry: printedBox(100, 20, 1, { front: nameRect(i) }, black),
        at: [x, DOOR_TOP_Y - 40, RACK.frontZ + DOOR.thicknessMm + 0.5],
      },
    ]),
  )
}

/** Power and activity LEDs of the neighbours' equipment, just in front of the doors. */
function ledGeometry(): BufferGeometry {
  const parts: Part[] = []
  const frontZ = RACK.frontZ + DOOR.thicknessMm + 0.6
  NEIGHBOURS.forEach(({ x, variant }, n) => {
    const random = seededRandom(101 + n)
    for (const device of devicesOf(variant)) {
      if (device.kind === 'blank' || device.kind === 'patch') continue
      const y = uBottomY(device.u) + (device.heightU * U_MM) / 2
      const leds = device.kind === 'switch' ? 6 : 1 + Math.round(random() * 2)
      for (let l = 0; l < leds; l++) {
        const lx = device.kind === 'switch' ? -180 + l * 52 + random() * 20 : -225 + l * 12
        const at: Vec3 = [x + lx, y + (random() - 0.5) * 10, frontZ]
        parts.push({ geometry: new PlaneGeometry(LED_MM, LED_MM), at })
      }
    }
    // The rear: NIC link LEDs of the servers and the PSUs' green lights.
    for (const device of devicesOf(1 - variant)) {
      if (device.kind === 'blank' || random() < 0.25) continue
      const y = uBottomY(device.u) + (device.heightU * U_MM) / 2
      for (let l = 0; l < 3; l++) {
        parts.push({
          geometry: new PlaneGeometry(LED_MM, LED_MM),
          at: [x + 40 - l * 60 - random() * 30, y + (random() - 0.5) * 8, -frontZ],
          rotation: [0, Math.PI, 0],
        })
      }
    }
  })
  return mergeParts(parts)
}

function trayGeometry(): BufferGeometry {
  const lengthMm = HALL.maxX - HALL.minX
  const half = TRAY.widthMm / 2
  const wallY = TRAY.bottomY + TRAY.wallMm / 2
  const dropMm = TRAY.bottomY - DROP.bottomY
  const dropY = DROP.bottomY + dropMm / 2
  const dropDepthMm = DROP.frontZ - DROP.backZ
  const dropZ = (DROP.frontZ + DROP.backZ) / 2
  return mergeParts([
    box(lengthMm, TRAY.sheetMm, TRAY.widthMm, [0, TRAY.bottomY + TRAY.sheetMm / 2, TRAY.z]),
    ...[-1, 1].flatMap((s) => [
      box(lengthMm, TRAY.wallMm, TRAY.sheetMm, [0, wallY, TRAY.z + s * (half - TRAY.sheetMm / 2)]),
      box(lengthMm, TRAY.sheetMm, TRAY.lipMm, [
        0,
        TRAY.bottomY + TRAY.wallMm - TRAY.sheetMm / 2,
        TRAY.z + s * (half - TRAY.lipMm / 2),
      ]),
    ]),
    // The drop: a square chute from the raceway's floor down over the roof's brush strip.
    ...[-1, 1].flatMap((s) => [
      box(TRAY.sheetMm, dropMm, dropDepthMm, [s * DROP.halfWidthMm, dropY, dropZ]),
      box(2 * DROP.halfWidthMm, dropMm, TRAY.sheetMm, [0, dropY, s > 0 ? DROP.frontZ : DROP.backZ]),
    ]),
    box(2 * DROP.halfWidthMm + 24, 8, dropDepthMm + 24, [0, TRAY.bottomY - 4, dropZ]),
  ])
}

function hangerGeometry(): BufferGeometry {
  const rodTop = HALL.ceilingY
  const strutY = TRAY.bottomY - 20
  const signTop = SIGN.centreY + SIGN.heightMm / 2
  return mergeParts([
    ...HANGER_XS.flatMap((x): Part[] => [
      box(40, 40, TRAY.widthMm + 120, [x, strutY, TRAY.z]),
      ...[-1, 1].map((s) =>
        box(10, rodTop - strutY, 10, [x, (rodTop + strutY) / 2, TRAY.z + s * (TRAY.widthMm / 2 + 40)]),
      ),
    ]),
    ...[SIGN.coldZ, SIGN.hotZ].flatMap((z) =>
      [-1, 1].map((s) =>
        box(4, rodTop - signTop, 4, [SIGN.x + s * (SIGN.widthMm / 2 - 80), (rodTop + signTop) / 2, z]),
      ),
    ),
  ])
}

function signGeometry(): BufferGeometry {
  const edge = toRect(20, 20, 4, 4, SIGN_ATLAS.widthPx, SIGN_ATLAS.heightPx)
  return mergeParts(
    [SIGN.coldZ, SIGN.hotZ].map((z, i): Part => {
      const face = toRect(0, i * 256, 1024, 256, SIGN_ATLAS.widthPx, SIGN_ATLAS.heightPx)
      return {
        geometry: printedBox(
          SIGN.widthMm,
          SIGN.heightMm,
          SIGN.thicknessMm,
          { front: face, back: face },
          edge,
        ),
        at: [SIGN.x, SIGN.centreY, z],
      }
    }),
  )
}

/** The ceiling, unlit like a ceiling washed by its own light fittings, whatever the scene's lights. */
function ceilingGeometry(): BufferGeometry {
  return new PlaneGeometry(HALL.maxX - HALL.minX, HALL.maxZ - HALL.minZ)
    .rotateX(Math.PI / 2)
    .translate(0, HALL.ceilingY, 0)
}

function shadowMaterial(): MeshStandardMaterial {
  const texture = canvasTexture('rack-room-shadow', 512, 256, drawShadow)
  const material = surface('#000000', { roughness: 1, map: texture, key: 'rack-room-shadow' })
  if (!material.transparent) {
    material.transparent = true
    material.depthWrite = false
  }
  return material
}

export function Room() {
  use(printFontReady())
  const floor = useGeometry(floorGeometry, [])
  const walls = useGeometry(wallGeometry, [])
  const racks = useGeometry(neighbourGeometry, [])
  const leds = useGeometry(ledGeometry, [])
  const tray = useGeometry(trayGeometry, [])
  const hangers = useGeometry(hangerGeometry, [])
  const signs = useGeometry(signGeometry, [])
  const ceiling = useGeometry(ceilingGeometry, [])
  const materials = useMemo(() => {
    const floorTexture = canvasTexture('rack-room-floor', 3 * FLOOR_TILE_PX, FLOOR_TILE_PX, drawFloor)
    const rackTexture = canvasTexture(
      'rack-room-neighbours',
      RACK_ATLAS.widthPx,
      RACK_ATLAS.heightPx,
      drawRackAtlas,
    )
    const signTexture = canvasTexture('rack-room-signs', SIGN_ATLAS.widthPx, SIGN_ATLAS.heightPx, drawSigns)
    const wallTexture = canvasTexture('rack-room-wall', 64, 512, drawWall)
    return {
      floor: surface('#ffffff', { roughness: 0.7, map: floorTexture, key: 'rack-room-floor' }),
      racks: surface('#ffffff', {
        roughness: 0.55,
        metalness: 0.1,
        map: rackTexture,
        key: 'rack-room-neighbours',
      }),
      signs: surface('#ffffff', { roughness: 0.5, map: signTexture, key: 'rack-room-signs' }),
      wall: surface('#ffffff', { roughness: 0.9, map: wallTexture, key: 'rack-room-wall' }),
    }
  }, [])
  // The row's shadow covers the five racks and a little round them.
  const shadowWidthMm = 5 * RACK.widthMm + 200
  return (
    <group>
      <mesh geometry={floor} material={materials.floor} />
      <mesh position={[0, 0.8, 0]} rotation={[-Math.PI / 2, 0, 0]} material={shadowMaterial()}>
        <planeGeometry args={[shadowWidthMm, RACK.depthMm + 200]} />
      </mesh>
      <mesh geometry={walls} material={materials.wall} />
      <mesh geometry={racks} material={materials.racks} />
      <mesh geometry={leds} material={marker('#5cff7c')} />
      <mesh geometry={tray} material={surface('#f2c21b', { roughness: 0.5, key: 'rack-room-fibre-tray' })} />
      <mesh
        geometry={hangers}
        material={surface('#b7bcc0', { roughness: 0.4, metalness: 0.35, key: 'rack-room-zinc' })}
      />
      <mesh geometry={signs} material={materials.signs} />
      <mesh geometry={ceiling} material={marker('#c8ced3')} />
    </group>
  )
}
