/**
 * The loose-tube cutter: a small yellow hand tool with a blue blade holder, resting on the mat until
 * the trainee sets it on a tube; then it follows the cut. Its live position comes through a ref (it
 * moves with the pointer), read when a frame is drawn.
 */
import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import type { RefObject } from 'react'
import type { Group } from 'three'
import { surface } from '../../../src/kit/materials.ts'
import { MAT } from '../layout.ts'
import type { PointMm } from '../layout.ts'

const REST: PointMm = { x: -120, z: -60 }
const REST_TURN_RAD = 0.5
const ON_TUBE_LIFT_MM = 6

export function TubeCutter({ at }: { at: RefObject<PointMm | null> }) {
  const group = useRef<Group>(null)
  useFrame(() => {
    const tool = group.current
    if (!tool) return
    const live = at.current
    tool.position.set(
      live?.x ?? REST.x,
      MAT.thicknessMm + 7 + (live ? ON_TUBE_LIFT_MM : 0),
      live?.z ?? REST.z,
    )
    tool.rotation.y = live ? 0 : REST_TURN_RAD
  })
  return (
    <group ref={group} position={[REST.x, MAT.thicknessMm + 7, REST.z]} rotation={[0, REST_TURN_RAD, 0]}>
      <mesh material={surface('#f2c230', { roughness: 0.45, key: 'cutter-body' })}>
        <boxGeometry args={[34, 12, 18]} />
      </mesh>
      <mesh position={[0, -3, 0]} material={surface('#2a5bb8', { roughness: 0.4, key: 'cutter-blade' })}>
        <boxGeometry args={[12, 8, 20]} />
      </mesh>
    </group>
  )
}
