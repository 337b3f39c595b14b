/**
 * The cabinet's single door, hinged on its left edge and swinging out toward the technician: a painted
 * steel pan (skin, folded edges, stiffening ribs inside, rubber gasket), the lever handle and the
 * triangular-key lock (serrure à clé triangle) near the right edge with the espagnolette rods it
 * drives, and the document pocket on the inner face with the cabinet's patching plan in it. The outer
 * face carries the laser warning sticker and the PM identifier. The technician's triangular key sits
 * in the lock, turned by `keyTurnDeg` (0 locked, 90 unlocked). Six draw calls.
 */
import { use, useMemo } from 'react'
import { CircleGeometry, CylinderGeometry, PlaneGeometry } from 'three'
import type { BufferGeometry } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { drawLaserTriangle, fitText } from '../../../src/kit/printedSigns.ts'
import { box, mergeParts, roundedBlock } from '../../../src/kit/geometry.ts'
import type { AtlasRect, Part, Vec3 } from '../../../src/kit/geometry.ts'
import { clearPlastic, surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { DOOR } from '../layout.ts'

/**
 * The hinge axis runs up the door's outer front corner, just in front of the shell: the door's inner
 * face (its gasket) then closes onto the shell's front frame at z = 0, and swinging open never cuts
 * through the shell's side wall.
 */
const HINGE_Z_MM = DOOR.thicknessMm + 3
/** In the door's own frame: x from the hinge edge (0) to the lock edge, outer face at z = 0, inner at −thickness. */
const WIDTH_MM = DOOR.widthMm
const TOP_Y = DOOR.bottomY + DOOR.heightMm
const CENTRE_Y = DOOR.bottomY + DOOR.heightMm / 2
const SKIN_MM = 2
const LOCK_X = DOOR.lock.x - DOOR.hingeX
const LOCK_Y = DOOR.lock.y
/** The lever handle above the lock: its back plate, and the lever standing off it. */
const HANDLE = { y: 1105, plateHeightMm: 250, plateMm: 8, leverLengthMm: 200, leverMm: 14, leverWidthMm: 30 }
const HANDLE_GRIP_Z = HANDLE.plateMm + 6 + HANDLE.leverMm / 2
/** The key: socket over the lock's triangular spindle, shaft, and the T-shaped bow turned by hand. */
const KEY = { socketMm: 20, shaftMm: 30, bowZ: 60, bowLengthMm: 78, bowWidthMm: 18, bowMm: 8 }
const ESCUTCHEON_MM = 5
/** Hinge heights, matching the shell's knuckles (Cabinet). */
const HINGE_YS = [300, 860, 1420]
/** The document pocket on the inner face, open at the top. */
const POCKET = { x: WIDTH_MM / 2, bottomY: 350, widthMm: 360, heightMm: 260, depthMm: 40 }
/** Ribs stiffen the skin inside the pan (they stay within the door's thickness). */
const RIB = { widthMm: 50, depthMm: 12 }
/** The ribs are spot-welded 1 mm off the skin's back: no coplanar faces for the depth test to fight over. */
const RIB_Z = -SKIN_MM - 1 - RIB.depthMm / 2

/** Where each print lies on the door's atlas canvas, and its size on the door in mm. */
const ATLAS_PX = 1024
const PRINTS = {
  warning: { rect: [0, 0, 0.625, 0.4258] as AtlasRect, widthMm: 220, heightMm: 150 },
  id: { rect: [0, 0.4375, 1, 0.6484] as AtlasRect, widthMm: 380, heightMm: 80 },
  dial: { rect: [0.6406, 0, 1, 0.3594] as AtlasRect, widthMm: 110, heightMm: 110 },
  plan: { rect: [0, 0.6641, 0.4688, 1] as AtlasRect, widthMm: 300, heightMm: 215 },
  notice: { rect: [0.4844, 0.6641, 1, 1] as AtlasRect, widthMm: 170, heightMm: 113 },
}

const rad = (deg: number) => (deg * Math.PI) / 180

/** A point in the door's frame, in world coordinates once the door has swung open by `openDeg`. */
function doorToWorld(x: number, y: number, z: number, openDeg: number): [number, number, number] {
  const a = rad(openDeg)
  return [DOOR.hingeX + x * Math.cos(a) - z * Math.sin(a), y, HINGE_Z_MM + x * Math.sin(a) + z * Math.cos(a)]
}

/** World position of the key's bow, where the pointer grabs it to turn it. */
export function lockPoint(openDeg: number): [number, number, number] {
  return doorToWorld(LOCK_X, LOCK_Y, KEY.bowZ, openDeg)
}

/** World position of the handle's grip, where the pointer grabs the door to swing it. */
export function handlePoint(openDeg: number): [number, number, number] {
  return doorToWorld(LOCK_X, HANDLE.y - 10, HANDLE_GRIP_Z, openDeg)
}

/** A cylinder part lying along x, y or z (three's cylinders stand along y). */
function rod(radiusMm: number, lengthMm: number, at: Vec3, along: 'y' | 'z', segments = 12): Part {
  const rotation: Vec3 = along === 'z' ? [Math.PI / 2, 0, 0] : [0, 0, 0]
  return { geometry: new CylinderGeometry(radiusMm, radiusMm, lengthMm, segments), at, rotation }
}

/** A rounded plate facing the technician: `thicknessMm` along +z from 0, centred in x and y. */
function facePlate(widthMm: number, heightMm: number, thicknessMm: number, cornerMm: number): BufferGeometry {
  return roundedBlock(widthMm, thicknessMm, heightMm, {
    cornerMm,
    edgeMm: Math.min(2, thicknessMm / 3),
  }).rotateX(Math.PI / 2)
}

/** A plane (or a disc, for a round print) showing one area of the atlas canvas. */
function atlasPlane(
  widthMm: number,
  heightMm: number,
  [left, top, right, bottom]: AtlasRect,
  round = false,
): BufferGeometry {
  const geometry = round ? new CircleGeometry(widthMm / 2, 40) : new PlaneGeometry(widthMm, heightMm)
  const uv = geometry.getAttribute('uv')
  for (let v = 0; v < uv.count; v++) {
    // Canvas textures are flipped: v = 1 is the canvas's top row.
    uv.setXY(v, left + uv.getX(v) * (right - left), 1 - bottom + uv.getY(v) * (bottom - top))
  }
  uv.needsUpdate = true
  return geometry
}

function paintGeometry(): BufferGeometry {
  const t = DOOR.thicknessMm
  const flangeDepthMm = t - SKIN_MM
  const flangeZ = -SKIN_MM - flangeDepthMm / 2
  const lipMm = 16
  const pocketTopY = POCKET.bottomY + POCKET.heightMm
  return mergeParts([
    box(WIDTH_MM, DOOR.heightMm, SKIN_MM, [WIDTH_MM / 2, CENTRE_Y, -SKIN_MM / 2]),
    // The skin's folded edges, and the return lips that make the door a stiff pan.
    ...[1, WIDTH_MM - 1].map((x) => box(2, DOOR.heightMm, flangeDepthMm, [x, CENTRE_Y, flangeZ])),
    ...[DOOR.bottomY + 1, TOP_Y - 1].map((y) => box(WIDTH_MM, 2, flangeDepthMm, [WIDTH_MM / 2, y, flangeZ])),
    ...[lipMm / 2, WIDTH_MM - lipMm / 2].map((x) => box(lipMm, DOOR.heightMm, 2, [x, CENTRE_Y, -t + 1])),
    ...[DOOR.bottomY + lipMm / 2, TOP_Y - lipMm / 2].map((y) =>
      box(WIDTH_MM, lipMm, 2, [WIDTH_MM / 2, y, -t + 1]),
    ),
    // Stiffening ribs inside the pan: three across, two up (deeper, so the crossings do not flicker).
    ...[DOOR.bottomY + 260, 790, TOP_Y - 90].map((y) =>
      box(WIDTH_MM - 2 * lipMm, RIB.widthMm, RIB.depthMm - 4, [WIDTH_MM / 2, y, RIB_Z + 2]),
    ),
    ...[300, 900].map((x) => box(RIB.widthMm, DOOR.heightMm - 2 * lipMm, RIB.depthMm, [x, CENTRE_Y, RIB_Z])),
    // The lock's case behind the skin.
    box(70, 120, 18, [LOCK_X, LOCK_Y, -SKIN_MM - 1 - 9]),
    // The document pocket: sides and bottom; its front is clear plastic.
    ...[-1, 1].map((side) =>
      box(2, POCKET.heightMm, POCKET.depthMm, [
        POCKET.x + (side * POCKET.widthMm) / 2,
        POCKET.bottomY + POCKET.heightMm / 2,
        -t - POCKET.depthMm / 2,
      ]),
    ),
    box(POCKET.widthMm, 2, POCKET.depthMm, [POCKET.x, POCKET.bottomY, -t - POCKET.depthMm / 2]),
    box(POCKET.widthMm + 2, 14, 2, [POCKET.x, pocketTopY - 7, -t - POCKET.depthMm]),
    // The door's half of each hinge: a knuckle between the shell's two, on a leaf round the edge.
    ...HINGE_YS.flatMap((y): Part[] => [rod(8, 50, [0, y, 0], 'y', 14), box(30, 50, 3, [15, y, 1.5])]),
  ])
}

function blackGeometry(): BufferGeometry {
  const t = DOOR.thicknessMm
  const insetMm = 22
  const stripMm = 14
  const gasketZ = -t - 1.5
  const innerWidthMm = WIDTH_MM - 2 * insetMm
  const innerHeightMm = DOOR.heightMm - 2 * insetMm
  const leverCentreY = HANDLE.y - 10
  return mergeParts([
    // The gasket all round the inner face, pressed onto the shell's front frame when the door is shut.
    ...[insetMm, WIDTH_MM - insetMm].map((x) =>
      box(stripMm, innerHeightMm + stripMm, 3, [x, CENTRE_Y, gasketZ]),
    ),
    ...[DOOR.bottomY + insetMm, TOP_Y - insetMm].map((y) =>
      box(innerWidthMm, stripMm, 3, [WIDTH_MM / 2, y, gasketZ]),
    ),
    // The handle's back plate and its lever.
    { geometry: facePlate(44, HANDLE.plateHeightMm, HANDLE.plateMm, 12), at: [LOCK_X, HANDLE.y, 0] },
    {
      geometry: facePlate(HANDLE.leverWidthMm, HANDLE.leverLengthMm, HANDLE.leverMm, 14),
      at: [LOCK_X, leverCentreY, HANDLE.plateMm + 6],
    },
  ])
}

function chromeGeometry(): BufferGeometry {
  const rodZ = -SKIN_MM - RIB.depthMm - 6
  const rodX = LOCK_X - 20
  return mergeParts([
    // The lock's escutcheon and the male triangle the key fits over.
    rod(22, ESCUTCHEON_MM, [LOCK_X, LOCK_Y, ESCUTCHEON_MM / 2], 'z', 28),
    rod(7, 10, [LOCK_X, LOCK_Y, ESCUTCHEON_MM + 5], 'z', 3),
    // The lever's pivot, at its top.
    rod(11, 8, [LOCK_X, HANDLE.y + HANDLE.leverLengthMm / 2 - 24, HANDLE.plateMm + 4], 'z', 20),
    // The espagnolette: rods from the lock up and down to the bolts in the frame, in their guides.
    rod(5, TOP_Y - LOCK_Y - 70, [rodX, (TOP_Y - 10 + LOCK_Y + 60) / 2, rodZ], 'y', 8),
    rod(5, LOCK_Y - DOOR.bottomY - 70, [rodX, (DOOR.bottomY + 10 + LOCK_Y - 60) / 2, rodZ], 'y', 8),
    ...[DOOR.bottomY + 200, 600, 1250, TOP_Y - 200].map((y) => box(30, 14, 10, [rodX, y, rodZ])),
    // Hinge pins.
    ...HINGE_YS.map((y) => rod(3, 150, [0, y, 0], 'y', 8)),
  ])
}

/** The key in its own frame: the lock's axis is z, and the bow stands upright when locked (turn 0). */
function keyGeometry(): BufferGeometry {
  const socketZ = ESCUTCHEON_MM + 1 + KEY.socketMm / 2
  const shaftZ = socketZ + KEY.socketMm / 2 + KEY.shaftMm / 2
  return mergeParts([
    rod(11, KEY.socketMm, [0, 0, socketZ], 'z', 16),
    rod(6, KEY.shaftMm, [0, 0, shaftZ], 'z', 12),
    // The T-bow, gripped between finger and thumb, with the eye for the key ring at its top.
    {
      geometry: facePlate(KEY.bowWidthMm, KEY.bowLengthMm, KEY.bowMm, 8),
      at: [0, 0, KEY.bowZ - KEY.bowMm / 2],
    },
    rod(12, KEY.bowMm + 2, [0, KEY.bowLengthMm / 2 - 2, KEY.bowZ], 'z', 16),
  ])
}

function printGeometry(): BufferGeometry {
  const plane = (name: keyof typeof PRINTS) =>
    atlasPlane(PRINTS[name].widthMm, PRINTS[name].heightMm, PRINTS[name].rect, name === 'dial')
  const t = DOOR.thicknessMm
  return mergeParts([
    { geometry: plane('id'), at: [WIDTH_MM / 2, TOP_Y - 120, 0.4] },
    { geometry: plane('warning'), at: [WIDTH_MM / 2, TOP_Y - 300, 0.4] },
    { geometry: plane('notice'), at: [WIDTH_MM / 2, TOP_Y - 480, 0.4] },
    { geometry: plane('dial'), at: [LOCK_X, LOCK_Y, 0.3] },
    // The patching plan in the pocket, facing into the cabinet.
    {
      geometry: plane('plan'),
      at: [POCKET.x, POCKET.bottomY + 20 + PRINTS.plan.heightMm / 2, -t - 10],
      rotation: [0, Math.PI, 0],
    },
  ])
}

function drawPadlock(context: CanvasRenderingContext2D, cx: number, cy: number, size: number, open: boolean) {
  context.lineWidth = size * 0.16
  context.beginPath()
  const shackleX = open ? cx + size * 0.32 : cx
  context.arc(shackleX, cy - size * 0.12, size * 0.3, Math.PI, 0)
  context.lineTo(shackleX + size * 0.3, cy + (open ? -size * 0.05 : size * 0.1))
  context.moveTo(shackleX - size * 0.3, cy - size * 0.12)
  context.lineTo(shackleX - size * 0.3, cy + size * 0.1)
  context.stroke()
  context.fillRect(cx - size * 0.45, cy + size * 0.08, size * 0.9, size * 0.62)
}

function drawAtlas(context: CanvasRenderingContext2D, pmId: string) {
  const s = ATLAS_PX
  const rect = (name: keyof typeof PRINTS) => {
    const [left, top, right, bottom] = PRINTS[name].rect
    return { x: left * s, y: top * s, w: (right - left) * s, h: (bottom - top) * s }
  }
  context.clearRect(0, 0, s, s)
  context.textAlign = 'center'
  context.textBaseline = 'middle'

  // The operator's warning sticker: yellow, black border, the laser triangle and the words.
  const w = rect('warning')
  context.fillStyle = '#f5c400'
  context.fillRect(w.x, w.y, w.w, w.h)
  context.fillStyle = '#111111'
  context.fillRect(w.x + 10, w.y + 10, w.w - 20, 92)
  context.fillStyle = '#f5c400'
  fitText(context, 'DANGER', w.x + w.w / 2, w.y + 58, w.w - 60, 78, 700)
  context.fillStyle = '#ffffff'
  context.fillRect(w.x + 22, w.y + 118, 200, 200)
  drawLaserTriangle(context, w.x + 122, w.y + 228, 82)
  context.fillStyle = '#111111'
  context.textAlign = 'left'
  fitText(context, 'Rayonnement', w.x + 240, w.y + 160, w.w - 260, 56, 700)
  fitText(context, 'laser', w.x + 240, w.y + 218, w.w - 260, 56, 700)
  fitText(context, 'Ne pas regarder', w.x + 240, w.y + 272, w.w - 260, 34, 400)
  fitText(context, 'dans le faisceau', w.x + 240, w.y + 308, w.w - 260, 34, 400)
  context.textAlign = 'center'
  fitText(
    context,
    'Fibre optique — appareil à laser de classe 1M',
    w.x + w.w / 2,
    w.y + 368,
    w.w - 50,
    30,
    700,
  )
  context.fillRect(w.x + 10, w.y + w.h - 12, w.w - 20, 2)
  context.strokeStyle = '#111111'
  context.lineWidth = 8
  context.strokeRect(w.x + 4, w.y + 4, w.w - 8, w.h - 8)

  // The PM identifier: engraved-look white plate with the operator's blue band.
  const id = rect('id')
  context.fillStyle = '#f6f6f2'
  context.fillRect(id.x, id.y, id.w, id.h)
  context.fillStyle = '#1c4f9c'
  context.fillRect(id.x, id.y, id.h, id.h)
  context.fillStyle = '#ffffff'
  fitText(context, 'PM', id.x + id.h / 2, id.y + id.h / 2 + 4, id.h - 30, 104, 700)
  context.fillStyle = '#111417'
  fitText(context, pmId, id.x + id.h + (id.w - id.h) / 2, id.y + id.h * 0.4, id.w - id.h - 40, 116, 700)
  context.fillStyle = '#3b4046'
  fitText(
    context,
    'Point de mutualisation',
    id.x + id.h + (id.w - id.h) / 2,
    id.y + id.h * 0.8,
    id.w - id.h - 40,
    44,
    400,
  )
  context.strokeStyle = '#4a4f55'
  context.lineWidth = 6
  context.strokeRect(id.x + 3, id.y + 3, id.w - 6, id.h - 6)

  // The lock's dial: locked at the top (the key's bow upright), unlocked a quarter turn clockwise.
  const d = rect('dial')
  const cx = d.x + d.w / 2
  const cy = d.y + d.h / 2
  const pxPerMm = d.w / PRINTS.dial.widthMm
  context.fillStyle = '#2b2f33'
  context.beginPath()
  context.arc(cx, cy, d.w / 2 - 2, 0, Math.PI * 2)
  context.fill()
  context.strokeStyle = '#e9e9e4'
  context.fillStyle = '#e9e9e4'
  context.lineWidth = 4
  // The marks sit beside the bow's two positions (upright, then level), where the bow never hides them.
  const arcRadius = 40 * pxPerMm
  context.beginPath()
  context.arc(cx, cy, arcRadius, -Math.PI / 2 + 0.25, -0.3)
  context.stroke()
  const end = -0.3
  const head = { x: cx + Math.cos(end) * arcRadius, y: cy + Math.sin(end) * arcRadius }
  context.beginPath()
  context.moveTo(head.x + 14, head.y - 14)
  context.lineTo(head.x - 12, head.y - 12)
  context.lineTo(head.x + 4, head.y + 16)
  context.closePath()
  context.fill()
  const at = (deg: number, radiusMm: number) => ({
    x: cx + Math.cos(rad(deg)) * radiusMm * pxPerMm,
    y: cy - Math.sin(rad(deg)) * radiusMm * pxPerMm,
  })
  const locked = at(128, 31)
  const unlocked = at(38, 31)
  context.fillStyle = '#ff5a47'
  context.strokeStyle = '#ff5a47'
  drawPadlock(context, locked.x, locked.y, 10 * pxPerMm, false)
  context.fillStyle = '#52d277'
  context.strokeStyle = '#52d277'
  drawPadlock(context, unlocked.x, unlocked.y, 10 * pxPerMm, true)

  // The operator's notice: who may open the cabinet.
  const n = rect('notice')
  context.fillStyle = '#ffffff'
  context.fillRect(n.x, n.y, n.w, n.h)
  context.fillStyle = '#c8262c'
  context.fillRect(n.x, n.y, n.w, 70)
  context.fillStyle = '#ffffff'
  fitText(context, 'ACCÈS RÉSERVÉ', n.x + n.w / 2, n.y + 38, n.w - 40, 50, 700)
  context.fillStyle = '#1b1f23'
  fitText(context, 'Personnel habilité uniquement', n.x + n.w / 2, n.y + 118, n.w - 40, 32, 700)
  fitText(context, 'Toute intervention doit être', n.x + n.w / 2, n.y + 170, n.w - 40, 28, 400)
  fitText(context, 'déclarée à l’opérateur', n.x + n.w / 2, n.y + 206, n.w - 40, 28, 400)
  fitText(context, 'd’immeuble avant ouverture.', n.x + n.w / 2, n.y + 242, n.w - 40, 28, 400)
  context.fillStyle = '#c8262c'
  fitText(context, 'Réseau fibre optique FTTH', n.x + n.w / 2, n.y + 300, n.w - 40, 30, 700)
  context.strokeStyle = '#1b1f23'
  context.lineWidth = 4
  context.strokeRect(n.x + 2, n.y + 2, n.w - 4, n.h - 4)

  // The patching plan kept in the pocket: a printed table of drawers and rows.
  const p = rect('plan')
  context.fillStyle = '#fbfbf7'
  context.fillRect(p.x, p.y, p.w, p.h)
  context.fillStyle = '#111417'
  fitText(context, `Plan de brassage — ${pmId}`, p.x + p.w / 2, p.y + 34, p.w - 40, 30, 700)
  context.font = `400 18px ${PRINT_FONT}`
  const colsX = [p.x + 20, p.x + 150, p.x + 290]
  ;['Coupleurs (op.)', 'Distribution', 'Lovage'].forEach((title, i) =>
    context.fillText(title, colsX[i]! + 60, p.y + 76),
  )
  context.strokeStyle = '#7b8086'
  context.lineWidth = 1.5
  for (let row = 0; row < 9; row++) {
    const y = p.y + 94 + row * 26
    context.beginPath()
    context.moveTo(p.x + 16, y)
    context.lineTo(p.x + p.w - 16, y)
    context.stroke()
  }
  for (const x of [p.x + 16, p.x + 146, p.x + 286, p.x + p.w - 16]) {
    context.beginPath()
    context.moveTo(x, p.y + 94)
    context.lineTo(x, p.y + 94 + 8 * 26)
    context.stroke()
  }
  context.fillStyle = '#3b4046'
  for (let row = 0; row < 8; row++) {
    const y = p.y + 107 + row * 26
    if (row < 4) context.fillText(`op-${row + 1}  1:8`, colsX[0]! + 60, y)
    if (row < 6) context.fillText(`dist-${row + 1}  12 FO`, colsX[1]! + 60, y)
  }
}

export function Door({ openDeg, keyTurnDeg, pmId }: { openDeg: number; keyTurnDeg: number; pmId: string }) {
  use(printFontReady())
  const paint = useGeometry(paintGeometry, [])
  const black = useGeometry(blackGeometry, [])
  const chrome = useGeometry(chromeGeometry, [])
  const key = useGeometry(keyGeometry, [])
  const prints = useGeometry(printGeometry, [])
  const pocketFront = useGeometry(
    () =>
      new PlaneGeometry(POCKET.widthMm, POCKET.heightMm - 14)
        .rotateY(Math.PI)
        .translate(POCKET.x, POCKET.bottomY + (POCKET.heightMm - 14) / 2, -DOOR.thicknessMm - POCKET.depthMm),
    [],
  )
  const print = useMemo(() => {
    const texture = canvasTexture(`pm-door|${pmId}`, ATLAS_PX, ATLAS_PX, (context) =>
      drawAtlas(context, pmId),
    )
    return surface('#ffffff', { roughness: 0.45, map: texture, key: 'pm-door-print' })
  }, [pmId])
  return (
    <group position={[DOOR.hingeX, 0, HINGE_Z_MM]} rotation={[0, -rad(openDeg), 0]}>
      <mesh
        geometry={paint}
        material={surface('#c6c5b8', { roughness: 0.55, metalness: 0.1, key: 'pm-paint' })}
      />
      <mesh geometry={black} material={surface('#1d1f21', { roughness: 0.75, key: 'pm-rubber' })} />
      <mesh
        geometry={chrome}
        material={surface('#d3d7da', { roughness: 0.3, metalness: 0.35, key: 'pm-chrome' })}
      />
      <mesh geometry={prints} material={print} />
      <mesh
        geometry={key}
        position={[LOCK_X, LOCK_Y, 0]}
        rotation={[0, 0, -rad(keyTurnDeg)]}
        material={surface('#d9bb62', { roughness: 0.35, metalness: 0.35, key: 'pm-key' })}
      />
      <mesh geometry={pocketFront} material={clearPlastic('#eef3f5', 0.22)} />
    </group>
  )
}
