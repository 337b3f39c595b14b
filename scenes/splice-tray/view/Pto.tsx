/**
 * The subscriber's optical outlet (PTO, "prise terminale optique", also called DTIo) as a training bench
 * mounts it: a white wall box screwed on a small MDF board that stands on the bench, facing the trainee.
 * On its lid, "PTO" moulded, the line's reference on the operator's sticker and the laser warning; under
 * it, the green SC/APC adapter the cord plugs into from below, as on the common models (the cord then hangs
 * down the wall instead of sticking out into the room), with its dust flap swung open when a plug is in.
 */
import { use, useMemo } from 'react'
import { BoxGeometry, ExtrudeGeometry, Path, Shape } from 'three'
import type { BufferGeometry } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { box, mergeParts, roundedBlock } from '../../../src/kit/geometry.ts'
import type { Vec3 } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { BENCH_Y, PTO } from '../layout.ts'
import { scApcGreen } from './instrumentMaterials.ts'

export type PtoProps = {
  /** The line's reference printed on the outlet (format OO-XXXX-XXXX). */
  reference: string
  /** A plug is in the port: its flap stands open. */
  connected: boolean
}

const BOARD = { widthMm: 150, heightMm: 170, thicknessMm: 12, footDepthMm: 78 }
const BOARD_FRONT_Z = BOARD.thicknessMm / 2
const BOX = { widthMm: 80, heightMm: 80, depthMm: 25 }
const LID_MM = 6
/** The adapter under the box, near its front; its mouth (where the plug's ferrule enters) at PTO.portY. */
const ADAPTER = { widthMm: 12.5, depthMm: 10, heightMm: 8, holeWidthMm: 9.2, holeDepthMm: 7.6 }
const ADAPTER_Z = BOARD_FRONT_Z + BOX.depthMm - 9
const BOX_BOTTOM_Y = PTO.portY + ADAPTER.heightMm - 1
const BOX_FRONT_Z = BOARD_FRONT_Z + BOX.depthMm
const FLAP = { widthMm: 11, depthMm: 9, thicknessMm: 1, openDeg: 100 }
const PRINT_MM = 72
const PX_PER_MM = 8
const WHITE = '#f2f1ec'

/** The port's mouth in the scene, where a plug's tip goes (it enters from below, going up). */
export const PTO_PORT: Vec3 = [PTO.at.x, PTO.portY, PTO.at.z + ADAPTER_Z]

function rectPath<T extends Path>(path: T, halfX: number, halfY: number): T {
  path.moveTo(-halfX, -halfY)
  path.lineTo(halfX, -halfY)
  path.lineTo(halfX, halfY)
  path.lineTo(-halfX, halfY)
  path.closePath()
  return path
}

/** The adapter's body: a square sleeve standing on its mouth, the plug's hole through it. */
function adapterBody(): BufferGeometry {
  const outline = rectPath(new Shape(), ADAPTER.widthMm / 2, ADAPTER.depthMm / 2)
  outline.holes.push(rectPath(new Path(), ADAPTER.holeWidthMm / 2, ADAPTER.holeDepthMm / 2))
  const geometry = new ExtrudeGeometry(outline, {
    depth: ADAPTER.heightMm - 0.8,
    bevelEnabled: true,
    bevelThickness: 0.4,
    bevelSize: 0.4,
    bevelSegments: 1,
  })
  // Extruded along z; stood up along y, its mouth at y = 0.
  geometry.rotateX(-Math.PI / 2)
  geometry.translate(0, 0.4, 0)
  return geometry
}

/** The moulded and printed lid: "PTO", the operator's sticker with the reference, the laser warning. */
function drawLid(context: CanvasRenderingContext2D, reference: string) {
  const size = PRINT_MM * PX_PER_MM
  const mm = PX_PER_MM
  context.fillStyle = WHITE
  context.fillRect(0, 0, size, size)
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  // Moulded letters: the same white, shown by a shadow under and a highlight over their edges.
  context.font = `700 ${16 * mm}px ${PRINT_FONT}`
  context.fillStyle = '#b9b7ae'
  context.fillText('PTO', size / 2 + 0.5 * mm, 14 * mm + 0.6 * mm)
  context.fillStyle = '#ffffff'
  context.fillText('PTO', size / 2 - 0.3 * mm, 14 * mm - 0.3 * mm)
  context.fillStyle = '#e6e4dc'
  context.fillText('PTO', size / 2, 14 * mm)
  context.fillStyle = '#6b6f74'
  context.font = `400 ${3 * mm}px ${PRINT_FONT}`
  context.fillText('Prise Terminale Optique', size / 2, 26 * mm)

  // The operator's sticker: the line's reference, what the technician reads to check the line.
  const sticker = { x: 8 * mm, y: 31 * mm, width: 56 * mm, height: 17 * mm }
  context.fillStyle = '#ffffff'
  context.strokeStyle = '#2d3640'
  context.lineWidth = 0.4 * mm
  context.beginPath()
  context.roundRect(sticker.x, sticker.y, sticker.width, sticker.height, 1.5 * mm)
  context.fill()
  context.stroke()
  context.fillStyle = '#2d3640'
  context.font = `700 ${3 * mm}px ${PRINT_FONT}`
  context.fillText('RÉF. PRISE', size / 2, sticker.y + 3.6 * mm)
  context.fillStyle = '#111111'
  context.font = `700 ${8 * mm}px ${PRINT_FONT}`
  context.fillText(reference, size / 2, sticker.y + 11 * mm, sticker.width - 4 * mm)

  // The laser warning triangle (IEC 60825), yellow with the black sunburst.
  const t = { x: 14 * mm, y: 61 * mm, r: 7 * mm }
  context.fillStyle = '#f4c81b'
  context.strokeStyle = '#111111'
  context.lineWidth = 0.7 * mm
  context.beginPath()
  context.moveTo(t.x, t.y - t.r)
  context.lineTo(t.x + t.r * 0.95, t.y + t.r * 0.6)
  context.lineTo(t.x - t.r * 0.95, t.y + t.r * 0.6)
  context.closePath()
  context.fill()
  context.stroke()
  context.fillStyle = '#111111'
  context.beginPath()
  context.arc(t.x, t.y + 0.8 * mm, 1.1 * mm, 0, Math.PI * 2)
  context.fill()
  context.lineWidth = 0.4 * mm
  for (let ray = 0; ray < 8; ray++) {
    const angle = (ray / 8) * Math.PI * 2
    context.beginPath()
    context.moveTo(t.x + Math.cos(angle) * 1.8 * mm, t.y + 0.8 * mm + Math.sin(angle) * 1.8 * mm)
    context.lineTo(t.x + Math.cos(angle) * 3.2 * mm, t.y + 0.8 * mm + Math.sin(angle) * 3.2 * mm)
    context.stroke()
  }
  context.textAlign = 'left'
  context.fillStyle = '#3c4046'
  context.font = `400 ${2.4 * mm}px ${PRINT_FONT}`
  context.fillText('Rayonnement laser :', 24 * mm, 58.5 * mm)
  context.fillText('ne pas regarder le faisceau', 24 * mm, 62 * mm)
  // Where the port is: under the box, at the front.
  context.fillStyle = '#1f9a4b'
  context.font = `700 ${2.6 * mm}px ${PRINT_FONT}`
  context.textAlign = 'center'
  context.fillText('SC/APC', size / 2, 68.2 * mm)
  context.beginPath()
  context.moveTo(size / 2 - 2 * mm, 70 * mm)
  context.lineTo(size / 2 + 2 * mm, 70 * mm)
  context.lineTo(size / 2, 71.8 * mm)
  context.closePath()
  context.fill()
}

export function Pto({ reference, connected }: PtoProps) {
  use(printFontReady())
  const lidPrint = useMemo(() => {
    const size = PRINT_MM * PX_PER_MM
    const texture = canvasTexture(`pto-lid|${reference}`, size, size, (context) =>
      drawLid(context, reference),
    )
    return surface('#ffffff', { roughness: 0.45, map: texture, key: 'pto-lid' })
  }, [reference])
  const board = useGeometry(
    () =>
      mergeParts([
        box(BOARD.widthMm, BOARD.heightMm, BOARD.thicknessMm, [0, BENCH_Y + BOARD.heightMm / 2, 0]),
        // The foot behind the board, and two gussets holding it upright.
        box(BOARD.widthMm, BOARD.thicknessMm, BOARD.footDepthMm, [
          0,
          BENCH_Y + BOARD.thicknessMm / 2,
          BOARD_FRONT_Z + 2 - BOARD.footDepthMm / 2,
        ]),
        ...[-1, 1].map((side) => {
          const gusset = new Shape()
          gusset.moveTo(0, 0)
          gusset.lineTo(BOARD.footDepthMm - BOARD.thicknessMm - 4, 0)
          gusset.lineTo(0, 70)
          gusset.closePath()
          const geometry = new ExtrudeGeometry(gusset, { depth: BOARD.thicknessMm, bevelEnabled: false })
          return {
            geometry,
            at: [
              side * (BOARD.widthMm / 2 - 20) - BOARD.thicknessMm / 2,
              BENCH_Y + BOARD.thicknessMm,
              -BOARD_FRONT_Z,
            ] as Vec3,
            // Turned so the triangle runs back from the board (−z).
            rotation: [0, Math.PI / 2, 0] as Vec3,
          }
        }),
      ]),
    [],
  )
  const shell = useGeometry(() => {
    const upright = (geometry: BufferGeometry) => geometry.rotateX(Math.PI / 2)
    const centreY = BOX_BOTTOM_Y + BOX.heightMm / 2
    return mergeParts([
      {
        geometry: upright(
          roundedBlock(BOX.widthMm, BOX.depthMm - LID_MM, BOX.heightMm, { cornerMm: 6, edgeMm: 1 }),
        ),
        at: [0, centreY, BOARD_FRONT_Z],
      },
      {
        // The lid, a little inside the base's outline with rounder corners: its parting line shows.
        geometry: upright(
          roundedBlock(BOX.widthMm - 1.2, LID_MM, BOX.heightMm - 1.2, { cornerMm: 8, edgeMm: 1.8 }),
        ),
        at: [0, centreY, BOX_FRONT_Z - LID_MM],
      },
    ])
  }, [])
  const adapter = useGeometry(() => {
    const flapOpen = connected ? (FLAP.openDeg * Math.PI) / 180 : 0
    const hingeX = ADAPTER.widthMm / 2
    // The flap turns about its hinge along z on the adapter's right edge, and hangs beside the plug.
    const flap = new BoxGeometry(FLAP.widthMm, FLAP.thicknessMm, FLAP.depthMm)
      .translate(-FLAP.widthMm / 2, -FLAP.thicknessMm / 2, 0)
      .rotateZ(flapOpen)
    return mergeParts([
      { geometry: adapterBody(), at: [0, PTO.portY, ADAPTER_Z] },
      box(ADAPTER.widthMm + 5, 1.2, ADAPTER.depthMm + 4, [0, BOX_BOTTOM_Y - 0.4, ADAPTER_Z]),
      { geometry: flap, at: [hingeX, PTO.portY - 0.2, ADAPTER_Z] },
    ])
  }, [connected])
  return (
    <group position={[PTO.at.x, 0, PTO.at.z]}>
      <mesh geometry={board} material={surface('#b99c72', { roughness: 0.85, key: 'mdf' })} />
      <mesh geometry={shell} material={surface(WHITE, { roughness: 0.45, key: 'pto-white' })} />
      <mesh position={[0, BOX_BOTTOM_Y + BOX.heightMm / 2, BOX_FRONT_Z + 0.05]} material={lidPrint}>
        <planeGeometry args={[PRINT_MM, PRINT_MM]} />
      </mesh>
      <mesh geometry={adapter} material={scApcGreen()} />
    </group>
  )
}
