/** Cleave scraps lying beside the cleaver: short pieces of bare glass, hard to see, until binned. */
import { surface } from '../../../src/kit/materials.ts'
import { MAT } from '../layout.ts'
import type { Side } from '../layout.ts'
import { scrapSpot } from '../places.ts'

export function Scraps({ counts }: { counts: Record<Side, number> }) {
  return (
    <group>
      {(['L', 'R'] as const).flatMap((side) =>
        Array.from({ length: counts[side] }, (_, i) => {
          const spot = scrapSpot(side)
          return (
            <mesh
              key={`${side}-${i}`}
              position={[spot.x + i * 5, MAT.thicknessMm + 0.8, spot.z + i * 3]}
              rotation={[0, 0.4 + i * 0.5, Math.PI / 2]}
              material={surface('#e8f1f5', { roughness: 0.1, metalness: 0.2, key: 'scrap-glass' })}
            >
              <cylinderGeometry args={[0.7, 0.7, 18, 6]} />
            </mesh>
          )
        }),
      )}
    </group>
  )
}
