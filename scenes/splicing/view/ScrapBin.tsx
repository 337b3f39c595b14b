/**
 * The marked fibre-scrap container (FOA safety rules: every glass scrap goes in it): a black box with a
 * yellow lid, hazard stripes and the label "DÉCHETS DE FIBRE" with a warning triangle, its flap open on
 * the slot; the scraps already dropped show on the dark sponge inside.
 */
import { use, useLayoutEffect, useMemo, useRef } from 'react'
import { Matrix4 } from 'three'
import type { InstancedMesh } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { surface } from '../../../src/kit/materials.ts'
import { MAT, SCRAP_BIN } from '../layout.ts'
import { mergeParts, printedBox } from '../../../src/kit/geometry.ts'
import type { AtlasRect } from '../../../src/kit/geometry.ts'
import { glass } from './splicingMaterials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'

export type ScrapBinProps = { scrapCount: number }

export const SCRAP_BIN_SIZE = { widthMm: 70, depthMm: 50, heightMm: 40 }
const LID = { overhangMm: 2, heightMm: 5 }
const LID_TOP_Y = MAT.thicknessMm + SCRAP_BIN_SIZE.heightMm + LID.heightMm
/** The slot in the lid, centred on it (x, z sizes in mm). */
const SLOT = { widthMm: 40, depthMm: 16 }
/** Where a scrap dropped by the trainee should aim: the slot's centre, on the lid. */
export const SCRAP_BIN_SLOT_Y_MM = LID_TOP_Y
const FLAP_OPEN_DEG = 65
const MAX_SCRAPS_SHOWN = 10

const ATLAS_PX = 512
const YELLOW = '#f2c230'
const FRONT_RECT: AtlasRect = [0, 0, 1, 0.57]
const SIDE_RECT: AtlasRect = [0, 0.57, 0.5, 0.97]
const LID_TOP_RECT: AtlasRect = [0.5, 0.57, 1, 0.93]
const LID_EDGE_RECT: AtlasRect = [0.5, 0.95, 1, 1]

function hazardStripes(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  width: number,
  height: number,
) {
  context.save()
  context.beginPath()
  context.rect(x, y, width, height)
  context.clip()
  context.fillStyle = YELLOW
  context.fillRect(x, y, width, height)
  context.fillStyle = '#111111'
  const stripe = height * 0.9
  for (let s = x - height; s < x + width + height; s += stripe * 2) {
    context.beginPath()
    context.moveTo(s, y + height)
    context.lineTo(s + stripe, y + height)
    context.lineTo(s + stripe + height, y)
    context.lineTo(s + height, y)
    context.closePath()
    context.fill()
  }
  context.restore()
}

function warningTriangle(context: CanvasRenderingContext2D, cx: number, cy: number, size: number) {
  context.fillStyle = YELLOW
  context.strokeStyle = '#111111'
  context.lineWidth = size * 0.08
  context.lineJoin = 'round'
  context.beginPath()
  context.moveTo(cx, cy - size * 0.55)
  context.lineTo(cx + size * 0.62, cy + size * 0.5)
  context.lineTo(cx - size * 0.62, cy + size * 0.5)
  context.closePath()
  context.fill()
  context.stroke()
  context.fillStyle = '#111111'
  context.fillRect(cx - size * 0.06, cy - size * 0.25, size * 0.12, size * 0.45)
  context.fillRect(cx - size * 0.06, cy + size * 0.27, size * 0.12, size * 0.12)
}

function drawBin(context: CanvasRenderingContext2D) {
  const px = ATLAS_PX
  context.fillStyle = '#16171a'
  context.fillRect(0, 0, px, px)
  // Front: a stripe band on top, then the label.
  const frontHeight = px * FRONT_RECT[3]
  hazardStripes(context, 0, 0, px, frontHeight * 0.2)
  warningTriangle(context, px * 0.16, frontHeight * 0.6, px * 0.2)
  context.fillStyle = YELLOW
  context.textBaseline = 'middle'
  context.font = `700 62px ${PRINT_FONT}`
  context.fillText('DÉCHETS', px * 0.31, frontHeight * 0.46)
  context.fillText('DE FIBRE', px * 0.31, frontHeight * 0.74)
  // Sides: the stripe band alone.
  hazardStripes(context, 0, px * SIDE_RECT[1], px * 0.5, px * (SIDE_RECT[3] - SIDE_RECT[1]) * 0.25)
  // The lid's top: yellow round a dark slot (its sponge holds the scraps).
  const lidLeft = px * LID_TOP_RECT[0]
  const lidTop = px * LID_TOP_RECT[1]
  const lidWidth = px * (LID_TOP_RECT[2] - LID_TOP_RECT[0])
  const lidHeight = px * (LID_TOP_RECT[3] - LID_TOP_RECT[1])
  context.fillStyle = YELLOW
  context.fillRect(lidLeft, lidTop, lidWidth, lidHeight)
  const lidWidthMm = SCRAP_BIN_SIZE.widthMm + 2 * LID.overhangMm
  const lidDepthMm = SCRAP_BIN_SIZE.depthMm + 2 * LID.overhangMm
  const slotWidthPx = (lidWidth * SLOT.widthMm) / lidWidthMm
  const slotHeightPx = (lidHeight * SLOT.depthMm) / lidDepthMm
  context.fillStyle = '#26282b'
  context.beginPath()
  context.roundRect(
    lidLeft + (lidWidth - slotWidthPx) / 2,
    lidTop + (lidHeight - slotHeightPx) / 2,
    slotWidthPx,
    slotHeightPx,
    8,
  )
  context.fill()
  context.fillStyle = YELLOW
  context.fillRect(px * LID_EDGE_RECT[0], px * LID_EDGE_RECT[1], lidWidth, px * (1 - LID_EDGE_RECT[1]))
}

function Scraps({ count }: { count: number }) {
  const scraps = useRef<InstancedMesh>(null)
  const shown = Math.min(MAX_SCRAPS_SHOWN, Math.max(0, Math.floor(count)))
  useLayoutEffect(() => {
    const mesh = scraps.current
    if (!mesh) return
    const matrix = new Matrix4()
    const turn = new Matrix4()
    for (let i = 0; i < shown; i++) {
      // Fixed spread over the slot, so the same count always looks the same (replays).
      const x = ((i * 7.3) % (SLOT.widthMm - 10)) - (SLOT.widthMm - 10) / 2
      const z = ((i * 4.1) % (SLOT.depthMm - 6)) - (SLOT.depthMm - 6) / 2
      matrix.makeTranslation(x, LID_TOP_Y + 0.25, z)
      matrix.multiply(turn.makeRotationY(i * 1.9)).multiply(turn.makeRotationZ(Math.PI / 2))
      mesh.setMatrixAt(i, matrix)
    }
    mesh.count = shown
    mesh.instanceMatrix.needsUpdate = true
    // Culling uses the instances' bounds, which change with the count.
    mesh.computeBoundingSphere()
  }, [shown])
  return (
    <instancedMesh ref={scraps} args={[undefined, glass(), MAX_SCRAPS_SHOWN]}>
      <cylinderGeometry args={[0.3, 0.3, 9, 5]} />
    </instancedMesh>
  )
}

export function ScrapBin({ scrapCount }: ScrapBinProps) {
  use(printFontReady())
  const { widthMm, depthMm, heightMm } = SCRAP_BIN_SIZE
  const geometry = useGeometry(
    () =>
      mergeParts([
        {
          geometry: printedBox(
            widthMm,
            heightMm,
            depthMm,
            { front: FRONT_RECT, top: LID_EDGE_RECT },
            SIDE_RECT,
          ),
          at: [0, MAT.thicknessMm + heightMm / 2, 0],
        },
        {
          geometry: printedBox(
            widthMm + 2 * LID.overhangMm,
            LID.heightMm,
            depthMm + 2 * LID.overhangMm,
            { top: LID_TOP_RECT },
            LID_EDGE_RECT,
          ),
          at: [0, LID_TOP_Y - LID.heightMm / 2, 0],
        },
      ]),
    [],
  )
  const material = useMemo(() => {
    const texture = canvasTexture('scrap-bin', ATLAS_PX, ATLAS_PX, drawBin)
    return surface('#ffffff', { roughness: 0.55, map: texture, key: 'scrap-bin' })
  }, [])
  return (
    <group position={[SCRAP_BIN.at.x, 0, SCRAP_BIN.at.z]}>
      <mesh geometry={geometry} material={material} />
      {/* The flap, hinged at the slot's back edge, stands open. */}
      <group position={[0, LID_TOP_Y, -SLOT.depthMm / 2]} rotation={[(-FLAP_OPEN_DEG * Math.PI) / 180, 0, 0]}>
        <mesh
          position={[0, 0.6, SLOT.depthMm / 2]}
          material={surface(YELLOW, { roughness: 0.55, key: 'scrap-flap' })}
        >
          <boxGeometry args={[SLOT.widthMm + 2, 1.2, SLOT.depthMm + 1]} />
        </mesh>
      </group>
      <Scraps count={scrapCount} />
    </group>
  )
}
