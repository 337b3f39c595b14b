/**
 * A floating arrow and a ring on the mat pointing at a target: yellow for a hint, blue for the
 * keyboard focus. Unlit, so they read the same in any light.
 */
import { marker } from '../../../src/kit/materials.ts'
import { MAT } from '../layout.ts'
import type { PointMm } from '../layout.ts'

export function Marker({ at, kind }: { at: PointMm; kind: 'hint' | 'focus' }) {
  const colour = kind === 'hint' ? '#ffc400' : '#1a73e8'
  const radius = kind === 'hint' ? 11 : 9
  return (
    <group position={[at.x, MAT.thicknessMm + 0.6, at.z]}>
      <mesh rotation={[-Math.PI / 2, 0, 0]} material={marker(colour)}>
        <ringGeometry args={[radius, radius + 2.5, 32]} />
      </mesh>
      {kind === 'hint' ? (
        <mesh position={[0, 48, 0]} rotation={[Math.PI, 0, 0]} material={marker(colour)}>
          <coneGeometry args={[7, 18, 16]} />
        </mesh>
      ) : null}
    </group>
  )
}
