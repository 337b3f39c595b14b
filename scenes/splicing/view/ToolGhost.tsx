/**
 * What the pointer carries (a sleeve, the stripper, a wipe, a scrap), drawn at the pointer while the
 * drag lasts. Its position comes through a ref and is applied when a frame is drawn.
 */
import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import type { RefObject } from 'react'
import type { Group } from 'three'
import { surface } from '../../../src/kit/materials.ts'

const CARRY_HEIGHT_MM = 30

export function ToolGhost({ at }: { at: RefObject<{ tool: string; x: number; z: number } | null> }) {
  const group = useRef<Group>(null)
  useFrame(() => {
    const ghost = group.current
    if (!ghost) return
    const carried = at.current
    ghost.visible = carried !== null
    if (carried) ghost.position.set(carried.x, CARRY_HEIGHT_MM, carried.z)
  })
  return (
    <group ref={group} visible={false}>
      <mesh material={surface('#f5f7f8', { roughness: 0.6, key: 'ghost' })}>
        <boxGeometry args={[22, 4, 14]} />
      </mesh>
    </group>
  )
}
