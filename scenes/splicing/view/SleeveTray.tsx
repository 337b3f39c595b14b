/**
 * The tray of splice protection sleeves: two labelled rows, 40 mm and 60 mm, of clear heat-shrink tubes
 * each with its steel strength rod showing through (FP-03 type sleeves). The sleeves the trainee took
 * are gone from the back of their row.
 */
import { use, useLayoutEffect, useMemo, useRef } from 'react'
import { CylinderGeometry, Matrix4, Vector3 } from 'three'
import type { InstancedMesh } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { surface } from '../../../src/kit/materials.ts'
import { MAT, SLEEVE_TRAY } from '../layout.ts'
import { box, mergeParts } from '../../../src/kit/geometry.ts'
import {
  SLEEVE_RADIUS_MM,
  SLEEVE_ROD_RADIUS_MM,
  SLEEVE_ROD_SHORTER_MM,
  sleeveMaterial,
} from './SleeveOnFibre.tsx'
import { steel } from './splicingMaterials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'

export type SleeveLengthMm = 40 | 60

export type SleeveTrayProps = {
  /** How many sleeves of each length the trainee took. */
  taken: Record<SleeveLengthMm, number>
}

export const SLEEVES_PER_ROW = 5
export const TRAY_SIZE = { widthMm: 92, depthMm: 58, heightMm: 9 }
const FLOOR_MM = 2
const WALL_MM = 1.6
const FLOOR_TOP_Y = MAT.thicknessMm + FLOOR_MM
const LABEL_WIDTH_MM = 16
const PITCH_MM = 4.4
/** Row centres across the tray (z, from its centre); the 40 mm row at the back. */
const ROWS: { lengthMm: SleeveLengthMm; zMm: number }[] = [
  { lengthMm: 40, zMm: -13 },
  { lengthMm: 60, zMm: 13 },
]
const SLEEVES_X0 = -TRAY_SIZE.widthMm / 2 + WALL_MM + LABEL_WIDTH_MM + 1

/** Where the sleeve `index` of a row lies (0 at the back), in the tray's frame. */
function sleeveSpot(row: (typeof ROWS)[number], index: number) {
  return {
    x: SLEEVES_X0 + row.lengthMm / 2,
    z: row.zMm + (index - (SLEEVES_PER_ROW - 1) / 2) * PITCH_MM,
  }
}

function drawFloor(context: CanvasRenderingContext2D, widthPx: number, heightPx: number) {
  context.fillStyle = '#2e3a45'
  context.fillRect(0, 0, widthPx, heightPx)
  const pxPerMm = widthPx / TRAY_SIZE.widthMm
  context.fillStyle = '#ffffff'
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  for (const row of ROWS) {
    const y = heightPx / 2 + row.zMm * pxPerMm
    context.font = `700 ${Math.round(9 * pxPerMm)}px ${PRINT_FONT}`
    context.fillText(String(row.lengthMm), (WALL_MM + LABEL_WIDTH_MM / 2) * pxPerMm, y - 2 * pxPerMm)
    context.font = `400 ${Math.round(4.5 * pxPerMm)}px ${PRINT_FONT}`
    context.fillText('mm', (WALL_MM + LABEL_WIDTH_MM / 2) * pxPerMm, y + 6 * pxPerMm)
  }
  context.strokeStyle = '#55687a'
  context.lineWidth = 3
  context.beginPath()
  context.moveTo(0, heightPx / 2)
  context.lineTo(widthPx, heightPx / 2)
  context.stroke()
}

/** Tubes and rods of the sleeves still in the tray, one instance each (two draw calls for all). */
function Sleeves({ taken }: SleeveTrayProps) {
  const tubes = useRef<InstancedMesh>(null)
  const rods = useRef<InstancedMesh>(null)
  const unitTube = useGeometry(() => new CylinderGeometry(SLEEVE_RADIUS_MM, SLEEVE_RADIUS_MM, 1, 10), [])
  const unitRod = useGeometry(
    () => new CylinderGeometry(SLEEVE_ROD_RADIUS_MM, SLEEVE_ROD_RADIUS_MM, 1, 6),
    [],
  )
  const capacity = ROWS.length * SLEEVES_PER_ROW
  const taken40 = taken[40]
  const taken60 = taken[60]
  useLayoutEffect(() => {
    const tubeMesh = tubes.current
    const rodMesh = rods.current
    if (!tubeMesh || !rodMesh) return
    const lying = new Matrix4().makeRotationZ(Math.PI / 2)
    const matrix = new Matrix4()
    const length = new Vector3()
    let count = 0
    for (const row of ROWS) {
      const gone = Math.min(SLEEVES_PER_ROW, Math.max(0, row.lengthMm === 40 ? taken40 : taken60))
      for (let i = gone; i < SLEEVES_PER_ROW; i++) {
        const { x, z } = sleeveSpot(row, i)
        const y = FLOOR_TOP_Y + SLEEVE_RADIUS_MM
        matrix
          .makeTranslation(x, y, z)
          .multiply(lying)
          .scale(length.set(1, row.lengthMm, 1))
        tubeMesh.setMatrixAt(count, matrix)
        // The rod lies on the tube's floor, beside where the fibre will pass.
        matrix
          .makeTranslation(x, y - SLEEVE_RADIUS_MM + SLEEVE_ROD_RADIUS_MM + 0.3, z)
          .multiply(lying)
          .scale(length.set(1, row.lengthMm - SLEEVE_ROD_SHORTER_MM, 1))
        rodMesh.setMatrixAt(count, matrix)
        count += 1
      }
    }
    tubeMesh.count = count
    rodMesh.count = count
    tubeMesh.instanceMatrix.needsUpdate = true
    rodMesh.instanceMatrix.needsUpdate = true
    // Culling uses the instances' bounds, which change with the count.
    tubeMesh.computeBoundingSphere()
    rodMesh.computeBoundingSphere()
  }, [taken40, taken60])
  return (
    <group>
      <instancedMesh ref={rods} args={[unitRod, steel(), capacity]} />
      <instancedMesh ref={tubes} args={[unitTube, sleeveMaterial(false), capacity]} />
    </group>
  )
}

export function SleeveTray({ taken }: SleeveTrayProps) {
  use(printFontReady())
  const { widthMm, depthMm, heightMm } = TRAY_SIZE
  const tray = useGeometry(() => {
    const wallY = MAT.thicknessMm + heightMm / 2
    return mergeParts([
      box(widthMm, FLOOR_MM, depthMm, [0, MAT.thicknessMm + FLOOR_MM / 2, 0]),
      box(widthMm, heightMm, WALL_MM, [0, wallY, -depthMm / 2 + WALL_MM / 2]),
      box(widthMm, heightMm, WALL_MM, [0, wallY, depthMm / 2 - WALL_MM / 2]),
      box(WALL_MM, heightMm, depthMm, [-widthMm / 2 + WALL_MM / 2, wallY, 0]),
      box(WALL_MM, heightMm, depthMm, [widthMm / 2 - WALL_MM / 2, wallY, 0]),
    ])
  }, [])
  const floorMaterial = useMemo(() => {
    const heightPx = Math.round((512 * depthMm) / widthMm)
    const texture = canvasTexture('sleeve-tray-floor', 512, heightPx, (context) =>
      drawFloor(context, 512, heightPx),
    )
    return surface('#ffffff', { roughness: 0.6, map: texture, key: 'sleeve-tray-floor' })
  }, [widthMm, depthMm])
  return (
    <group position={[SLEEVE_TRAY.at.x, 0, SLEEVE_TRAY.at.z]}>
      <mesh geometry={tray} material={surface('#55606b', { roughness: 0.5, key: 'sleeve-tray' })} />
      <mesh position={[0, FLOOR_TOP_Y + 0.05, 0]} rotation={[-Math.PI / 2, 0, 0]} material={floorMaterial}>
        <planeGeometry args={[widthMm, depthMm]} />
      </mesh>
      <Sleeves taken={taken} />
    </group>
  )
}
