/** The yellow arrow of a hint, over the tool or place the next move starts from. */
import { marker } from '../../../src/kit/materials.ts'
import type { SplicingState } from '../model.ts'
import { hintTarget } from '../progress.ts'
import type { Point3 } from '../targets.ts'

export function HintMarker({
  state,
  locate,
}: {
  state: SplicingState
  locate: (id: string) => Point3 | null
}) {
  const id = hintTarget(state)
  const at = id ? locate(id) : null
  if (!at) return null
  return (
    <mesh position={[at[0], at[1] + 40, at[2]]} rotation={[Math.PI, 0, 0]} material={marker('#ffc400')}>
      <coneGeometry args={[7, 18, 16]} />
    </mesh>
  )
}
