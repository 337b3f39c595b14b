/**
 * The technician's tool case standing on the pavement beside the cabinet, lying flat with its lid closed
 * so it serves as a table (the label printer and the phone lie on it): a black moulded rigid case (Peli /
 * B&W style) with a parting line, reinforcing ribs round the lid and the base, orange latches and front
 * handle, orange corner guards, black end handles, steel hinge pins and padlock eyes; and the
 * technician's smartphone lying face up on the lid, its dark screen showing the camera app (the before /
 * after photos the operator asks for). Five draw calls: shell, orange parts, steel, phone, screen.
 */
import { use, useMemo } from 'react'
import { PlaneGeometry } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { box, mergeParts, roundedBlock } from '../../../src/kit/geometry.ts'
import type { Part } from '../../../src/kit/geometry.ts'
import { screenMaterial, surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { KIT_CASE, PHONE_AT } from '../layout.ts'

const { widthMm: W, depthMm: D, heightMm: H } = KIT_CASE
/** Heights from the pavement: feet, the base's lip, the parting line, the lid's lip. */
const FEET_MM = 10
const PARTING_Y = 300
const LIP_MM = 14
const FRONT_Z = D / 2
/** The phone lies face up, long side along z, turned a little as if put down in passing. */
const PHONE = { widthMm: 74, lengthMm: 158, thicknessMm: 8, turnRad: -0.18 }
const SCREEN = { widthMm: 68, lengthMm: 150 }

/** Where the pointer picks the phone up: the middle of its screen. */
export const PHONE_POINT: [number, number, number] = [PHONE_AT.x, PHONE_AT.y + PHONE.thicknessMm, PHONE_AT.z]

function shellParts(): Part[] {
  const parts: Part[] = [
    // Base and lid, the lid a little narrower at the parting line so the seam shows as a groove.
    {
      geometry: roundedBlock(W - 8, PARTING_Y - FEET_MM, D - 8, { cornerMm: 34, edgeMm: 8 }),
      at: [0, FEET_MM, 0],
    },
    { geometry: roundedBlock(W - 14, 10, D - 14, { cornerMm: 30, edgeMm: 2 }), at: [0, PARTING_Y - 4, 0] },
    {
      geometry: roundedBlock(W - 8, H - PARTING_Y - 4, D - 8, { cornerMm: 34, edgeMm: 10 }),
      at: [0, PARTING_Y + 4, 0],
    },
    // The reinforcing lips either side of the parting line, proud of the walls.
    { geometry: roundedBlock(W, LIP_MM, D, { cornerMm: 38, edgeMm: 4 }), at: [0, PARTING_Y - LIP_MM - 2, 0] },
    { geometry: roundedBlock(W, LIP_MM, D, { cornerMm: 38, edgeMm: 4 }), at: [0, PARTING_Y + 2, 0] },
    // A rib round the base near the ground.
    { geometry: roundedBlock(W - 2, 12, D - 2, { cornerMm: 36, edgeMm: 3 }), at: [0, 60, 0] },
  ]
  // Four rubber feet.
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      parts.push({
        geometry: roundedBlock(50, FEET_MM + 2, 40, { cornerMm: 10, edgeMm: 2 }),
        at: [sx * (W / 2 - 60), 0, sz * (D / 2 - 50)],
      })
    }
  }
  // The end handles: a grip bar on two posts on each short side.
  for (const sx of [-1, 1]) {
    const x = sx * (W / 2 + 4)
    parts.push(box(14, 22, 120, [x + sx * 10, PARTING_Y - 50, 0]))
    parts.push(box(22, 22, 14, [x + sx * 2, PARTING_Y - 50, -60]))
    parts.push(box(22, 22, 14, [x + sx * 2, PARTING_Y - 50, 60]))
  }
  // The hinge knuckles at the back.
  for (const sx of [-1, 1]) {
    parts.push(box(70, 26, 16, [sx * 120, PARTING_Y, -D / 2 - 2]))
  }
  return parts
}

const LATCH_X = [-150, 150]
const HANDLE = { widthMm: 150, y: PARTING_Y - 46 }

function orangeParts(): Part[] {
  const parts: Part[] = []
  // Two latches bridging the parting line on the front: a rounded body and its hook plate.
  for (const x of LATCH_X) {
    parts.push({
      geometry: roundedBlock(58, 74, 16, { cornerMm: 6, edgeMm: 3 }),
      at: [x, PARTING_Y - 40, FRONT_Z + 2],
    })
    parts.push({
      geometry: roundedBlock(42, 12, 8, { cornerMm: 3, edgeMm: 1.5 }),
      at: [x, PARTING_Y + 36, FRONT_Z],
    })
  }
  // The front handle: the grip, folded down against the base, on its two pivots.
  parts.push({
    geometry: roundedBlock(HANDLE.widthMm, 24, 22, { cornerMm: 10, edgeMm: 5 }),
    at: [0, HANDLE.y - 12, FRONT_Z + 16],
  })
  for (const sx of [-1, 1]) {
    parts.push({
      geometry: roundedBlock(22, 44, 26, { cornerMm: 6, edgeMm: 3 }),
      at: [sx * (HANDLE.widthMm / 2 + 6), HANDLE.y - 14, FRONT_Z + 8],
    })
  }
  // Corner guards on the lid's four corners.
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      parts.push({
        geometry: roundedBlock(56, 40, 56, { cornerMm: 24, edgeMm: 6 }),
        at: [sx * (W / 2 - 26), H - 42, sz * (D / 2 - 26)],
      })
      parts.push({
        geometry: roundedBlock(56, 30, 56, { cornerMm: 24, edgeMm: 6 }),
        at: [sx * (W / 2 - 26), FEET_MM + 2, sz * (D / 2 - 26)],
      })
    }
  }
  return parts
}

function steelParts(): Part[] {
  const parts: Part[] = []
  for (const x of LATCH_X) {
    // The latch's pivot pin along its bottom edge.
    parts.push(box(64, 5, 5, [x, PARTING_Y - 72, FRONT_Z + 10]))
  }
  for (const sx of [-1, 1]) {
    // The padlock eyes either side of the handle, through both lips.
    parts.push(box(6, 22, 12, [sx * (HANDLE.widthMm / 2 + 26), PARTING_Y + 4, FRONT_Z + 6]))
    // The hinge pins at the back.
    parts.push(box(80, 6, 6, [sx * 120, PARTING_Y, -D / 2 - 10]))
  }
  return parts
}

// ---------------------------------------------------------------------------------------------------------
// The phone

const SCREEN_PX_PER_MM = 6
const SCREEN_PX = { width: SCREEN.widthMm * SCREEN_PX_PER_MM, height: SCREEN.lengthMm * SCREEN_PX_PER_MM }

/** A camera pictogram: body, lens, viewfinder bump, drawn (no icon font). */
function drawCameraIcon(context: CanvasRenderingContext2D, x: number, y: number, sizePx: number) {
  context.fillStyle = '#e8eaed'
  context.beginPath()
  context.roundRect(x - sizePx / 2, y - sizePx / 2, sizePx, sizePx, sizePx * 0.24)
  context.fill()
  context.fillStyle = '#2b2f36'
  const bodyW = sizePx * 0.64
  const bodyH = sizePx * 0.44
  context.beginPath()
  context.roundRect(x - bodyW / 2, y - bodyH / 2 + sizePx * 0.04, bodyW, bodyH, sizePx * 0.07)
  context.fill()
  context.fillRect(x - sizePx * 0.12, y - bodyH / 2 - sizePx * 0.04, sizePx * 0.24, sizePx * 0.1)
  context.fillStyle = '#e8eaed'
  context.beginPath()
  context.arc(x, y + sizePx * 0.04, sizePx * 0.14, 0, Math.PI * 2)
  context.fill()
  context.fillStyle = '#2b2f36'
  context.beginPath()
  context.arc(x, y + sizePx * 0.04, sizePx * 0.08, 0, Math.PI * 2)
  context.fill()
}

function drawScreen(context: CanvasRenderingContext2D) {
  const { width, height } = SCREEN_PX
  const mm = SCREEN_PX_PER_MM
  const wallpaper = context.createLinearGradient(0, 0, width, height)
  wallpaper.addColorStop(0, '#1b2530')
  wallpaper.addColorStop(1, '#0b0f14')
  context.fillStyle = wallpaper
  context.fillRect(0, 0, width, height)
  context.fillStyle = '#dfe3e8'
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.font = `700 ${3 * mm}px ${PRINT_FONT}`
  context.fillText('10:42', 9 * mm, 4 * mm)
  context.font = `400 ${12 * mm}px ${PRINT_FONT}`
  context.fillText('10:42', width / 2, 30 * mm)
  context.font = `400 ${3.2 * mm}px ${PRINT_FONT}`
  context.fillText('mardi 14 mai', width / 2, 41 * mm)
  // The camera app, alone in the dock where the trainee expects it, its name under it.
  drawCameraIcon(context, width / 2, height - 30 * mm, 16 * mm)
  context.font = `700 ${3.2 * mm}px ${PRINT_FONT}`
  context.fillText('Appareil photo', width / 2, height - 17 * mm)
  context.fillStyle = '#9aa2ad'
  context.fillRect(width / 2 - 14 * mm, height - 4 * mm, 28 * mm, 1.2 * mm)
}

function Phone() {
  use(printFontReady())
  const picture = useMemo(
    () => canvasTexture('kit-case-phone-screen', SCREEN_PX.width, SCREEN_PX.height, drawScreen),
    [],
  )
  const body = useGeometry(
    () =>
      mergeParts([
        {
          geometry: roundedBlock(PHONE.widthMm, PHONE.thicknessMm, PHONE.lengthMm, {
            cornerMm: 10,
            edgeMm: 2.5,
          }),
        },
        // Side keys on the right edge.
        box(1.6, 3, 22, [PHONE.widthMm / 2 + 0.4, PHONE.thicknessMm / 2, -30]),
        box(1.6, 3, 12, [PHONE.widthMm / 2 + 0.4, PHONE.thicknessMm / 2, -4]),
      ]),
    [],
  )
  const screen = useGeometry(
    () => new PlaneGeometry(SCREEN.widthMm, SCREEN.lengthMm).rotateX(-Math.PI / 2),
    [],
  )
  return (
    <group position={[PHONE_AT.x, PHONE_AT.y, PHONE_AT.z]} rotation={[0, PHONE.turnRad, 0]}>
      <mesh
        geometry={body}
        material={surface('#2a2d33', { roughness: 0.35, metalness: 0.3, key: 'phone' })}
      />
      <mesh
        geometry={screen}
        material={screenMaterial(picture)}
        position={[0, PHONE.thicknessMm + 0.05, 0]}
      />
    </group>
  )
}

export function KitCase({ phoneTaken }: { phoneTaken: boolean }) {
  const shell = useGeometry(() => mergeParts(shellParts()), [])
  const orange = useGeometry(() => mergeParts(orangeParts()), [])
  const steel = useGeometry(() => mergeParts(steelParts()), [])
  return (
    <group>
      <group position={[KIT_CASE.x, 0, KIT_CASE.z]}>
        <mesh geometry={shell} material={surface('#1d1f22', { roughness: 0.7, key: 'kit-case-shell' })} />
        <mesh geometry={orange} material={surface('#ee6a12', { roughness: 0.55, key: 'kit-case-orange' })} />
        <mesh
          geometry={steel}
          material={surface('#b9bec4', { roughness: 0.3, metalness: 0.8, key: 'kit-case-steel' })}
        />
      </group>
      {phoneTaken ? null : <Phone />}
    </group>
  )
}
