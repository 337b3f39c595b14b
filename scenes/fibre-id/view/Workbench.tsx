/**
 * The bench and its black rubber work mat: fibre scraps and thin fibres show on black (FOA safety
 * rules, docs/reference/domain-procedures.md §0). A light printed grid gives a sense of scale.
 */
import { useMemo } from 'react'
import { canvasTexture } from '../../../src/kit/canvasTexture.ts'
import { surface } from '../../../src/kit/materials.ts'
import { MAT } from '../layout.ts'

/** Grid squares printed on the mat. */
const GRID_MM = 20

export function Workbench() {
  const matMaterial = useMemo(() => {
    const texture = canvasTexture(
      'mat-grid',
      256,
      256,
      (context) => {
        context.fillStyle = '#222629'
        context.fillRect(0, 0, 256, 256)
        context.strokeStyle = '#3a4045'
        context.lineWidth = 3
        context.strokeRect(0, 0, 256, 256)
      },
      { repeat: true },
    )
    texture.repeat.set(MAT.widthMm / GRID_MM, MAT.depthMm / GRID_MM)
    return surface('#ffffff', { roughness: 0.95, map: texture, key: 'mat' })
  }, [])
  return (
    <group>
      <mesh position={[0, -15, 0]} material={surface('#b89a74', { roughness: 0.8, key: 'bench' })}>
        <boxGeometry args={[1400, 30, 900]} />
      </mesh>
      <mesh position={[0, MAT.thicknessMm / 2, 0]} material={matMaterial}>
        <boxGeometry args={[MAT.widthMm, MAT.thicknessMm, MAT.depthMm]} />
      </mesh>
    </group>
  )
}
