/**
 * The fibre organiser: a grey plastic comb with one groove per fibre and the positions printed in
 * front of each groove, 12 to a row (a 24-fibre exercise gets two rows).
 */
import { use, useLayoutEffect, useMemo, useRef } from 'react'
import { Matrix4 } from 'three'
import type { InstancedMesh } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { surface } from '../../../src/kit/materials.ts'
import {
  MAT,
  ORGANISER,
  SLOTS_PER_ROW,
  SLOT_PITCH_MM,
  WORK_HEIGHT_MM,
  organiserRows,
  slotCentre,
} from '../layout.ts'

const WIDTH_MM = SLOTS_PER_ROW * SLOT_PITCH_MM + 16
const BASE_HEIGHT_MM = WORK_HEIGHT_MM - 4 - MAT.thicknessMm
const TOOTH_WIDTH_MM = 4
const LABEL_DEPTH_MM = 14

function NumberStrip({ row }: { row: number }) {
  const material = useMemo(() => {
    const texture = canvasTexture(`organiser-numbers-${row}`, 1024, 80, (context) => {
      context.fillStyle = '#f2f2ee'
      context.fillRect(0, 0, 1024, 80)
      context.fillStyle = '#1b1f23'
      context.font = `700 44px ${PRINT_FONT}`
      context.textAlign = 'center'
      context.textBaseline = 'middle'
      const pitchPx = (1024 * SLOT_PITCH_MM) / WIDTH_MM
      const marginPx = (1024 * 8) / WIDTH_MM
      for (let i = 0; i < SLOTS_PER_ROW; i++) {
        context.fillText(String(row * SLOTS_PER_ROW + i + 1), marginPx + pitchPx * (i + 0.5), 42)
      }
    })
    return surface('#ffffff', { roughness: 0.7, map: texture, key: `numbers-${row}` })
  }, [row])
  const front = slotCentre(row * SLOTS_PER_ROW + 1).zFront
  return (
    <mesh
      position={[ORGANISER.x0Mm + WIDTH_MM / 2 - 8, WORK_HEIGHT_MM - 3.9, front + LABEL_DEPTH_MM / 2 + 2]}
      rotation={[-Math.PI / 2, 0, 0]}
      material={material}
    >
      <planeGeometry args={[WIDTH_MM, LABEL_DEPTH_MM]} />
    </mesh>
  )
}

function Teeth({ slotCount }: { slotCount: number }) {
  const teeth = useRef<InstancedMesh>(null)
  const rows = organiserRows(slotCount)
  const perRow = SLOTS_PER_ROW + 1
  useLayoutEffect(() => {
    const mesh = teeth.current
    if (!mesh) return
    const matrix = new Matrix4()
    for (let row = 0; row < rows; row++) {
      const first = slotCentre(row * SLOTS_PER_ROW + 1)
      for (let i = 0; i < perRow; i++) {
        const x = first.x - SLOT_PITCH_MM / 2 + i * SLOT_PITCH_MM
        mesh.setMatrixAt(
          row * perRow + i,
          matrix.makeTranslation(x, WORK_HEIGHT_MM - 2, (first.zFront + first.zBack) / 2),
        )
      }
    }
    mesh.instanceMatrix.needsUpdate = true
  }, [rows, perRow])
  return (
    <instancedMesh
      ref={teeth}
      args={[undefined, undefined, rows * perRow]}
      material={surface('#c9ced3', { roughness: 0.5 })}
    >
      <boxGeometry args={[TOOTH_WIDTH_MM, 4, ORGANISER.depthMm]} />
    </instancedMesh>
  )
}

export function Organiser({ slotCount }: { slotCount: number }) {
  use(printFontReady())
  const rows = organiserRows(slotCount)
  return (
    <group>
      {Array.from({ length: rows }, (_, row) => {
        const first = slotCentre(row * SLOTS_PER_ROW + 1)
        return (
          <group key={row}>
            <mesh
              position={[
                ORGANISER.x0Mm + WIDTH_MM / 2 - 8,
                MAT.thicknessMm + BASE_HEIGHT_MM / 2,
                (first.zFront + first.zBack) / 2 + LABEL_DEPTH_MM / 2,
              ]}
              material={surface('#aeb5bc', { roughness: 0.55 })}
            >
              <boxGeometry args={[WIDTH_MM, BASE_HEIGHT_MM, ORGANISER.depthMm + LABEL_DEPTH_MM + 4]} />
            </mesh>
            <NumberStrip row={row} />
          </group>
        )
      })}
      <Teeth slotCount={slotCount} />
    </group>
  )
}
